"""Records what real TensorFlow gives the variables of small programs whose values depend on seed state
across the program: TF2's eager kernel cache (the same op seed used again continues the stream), op
seeds drawn from tf.random.set_seed's generator, Keras 3's default seeds drawn from Python's `random`
(keras.utils.set_random_seed / random.seed) in construction order, and tf.random.stateless_* ops.

Run with a Python that has TensorFlow (e.g. /tmp/tf/bin/python scripts/engine/gen_seed_fixtures.py);
writes test/fixtures/engine/seeds.json: per program its source and, in creation order, each variable's
name (Keras path for Keras variables), dtype, shape and values as hex bit patterns (see gen_fixtures.py).
Each program runs in a fresh Python process (TF's eager context and Python's `random` are per process).
The test (test/engine/tfconformance.test.ts) analyses each source and materializes it with the engine.
"""
import json
import os
import subprocess
import sys
import tempfile

PROGRAMS = {
    # A: the eager kernel cache, one per (op, dtype, seeds): each run advances its Philox counter
    "eager_repeat_op_seed": """
import tensorflow as tf
tf.random.set_seed(5)
ws = [tf.Variable(tf.random.normal([2, 3], seed=1), name="w%d" % i) for i in range(3)]
other_shape = tf.Variable(tf.random.normal([4], seed=1, stddev=2.0), name="other_shape")
u0 = tf.Variable(tf.random.uniform([5], seed=1), name="u0")
u1 = tf.Variable(tf.random.uniform([5], -1.0, 1.0, seed=1), name="u1")
t0 = tf.Variable(tf.random.truncated_normal([7], seed=1), name="t0")
t1 = tf.Variable(tf.random.truncated_normal([3], seed=1), name="t1")
i0 = tf.Variable(tf.random.uniform([6], 0, 10, dtype=tf.int32, seed=1), name="i0")
i1 = tf.Variable(tf.random.uniform([6], 0, 10, dtype=tf.int32, seed=1), name="i1")
unused = tf.random.normal([10], seed=2)
s2 = tf.Variable(tf.random.normal([3], seed=2), name="s2")
tf.random.set_seed(5)
again = tf.Variable(tf.random.normal([2, 3], seed=1), name="again")
""",
    "eager_op_seed_no_global": """
import tensorflow as tf
a = tf.Variable(tf.random.normal([3], seed=3), name="a")
b = tf.Variable(tf.random.normal([3], seed=3), name="b")
c = tf.Variable(tf.random.uniform([2, 2], seed=3), name="c")
""",
    "eager_v1_initializers": """
import tensorflow as tf
tf.random.set_seed(9)
v = tf.compat.v1.get_variable("v", [3], initializer=tf.compat.v1.random_normal_initializer(seed=2))
w = tf.Variable(tf.random.normal([4], seed=2), name="w")
init = tf.compat.v1.truncated_normal_initializer(stddev=0.1, seed=4)
x0 = tf.Variable(init([2, 3]), name="x0")
x1 = tf.Variable(init([2, 3]), name="x1")
g = tf.compat.v1.get_variable("g", [2, 5])
n = tf.Variable(tf.random_normal_initializer(stddev=0.5)([3]), name="n")
z = tf.Variable(tf.random_normal_initializer(seed=4)([3]), name="z")
""",
    "eager_shared_initializer": """
import tensorflow as tf
tf.random.set_seed(13)
init = tf.compat.v1.random_normal_initializer(seed=2)
v = tf.compat.v1.get_variable("v", [3], initializer=init)
w = tf.compat.v1.get_variable("w", [3], initializer=init)
x = tf.Variable(init([4]), name="x")
u = tf.compat.v1.random_uniform_initializer()
a = tf.compat.v1.get_variable("a", [2], initializer=u)
b = tf.compat.v1.get_variable("b", [2], initializer=u)
""",
    # TF 2 graph mode: a graph's unseeded random ops take op seeds 0, 1, 2, ... (set_random_seed does not reset)
    "graph_unseeded_op_numbers": """
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.set_random_seed(42)
for i in range(2):
    with tf.variable_scope("layer_%d" % i):
        w = tf.get_variable("w", [3, 4])
        s = tf.get_variable("s", [4], initializer=tf.random_normal_initializer(seed=7))
noise = tf.random_normal([5])
t = tf.Variable(tf.truncated_normal([2, 3], stddev=0.1), name="t")
init = tf.truncated_normal_initializer(stddev=0.5)
a = tf.get_variable("a", [2, 2], initializer=init)
b = tf.get_variable("b", [2, 2], initializer=init)
c = tf.Variable(init([3]), name="c")
p = tf.get_variable("p", [6, 2], partitioner=tf.fixed_size_partitioner(3))
tf.set_random_seed(42)
after = tf.get_variable("after", [2])
g = tf.Graph()
with g.as_default():
    tf.set_random_seed(42)
    fresh = tf.get_variable("fresh", [3, 4])
""",
    # B: unseeded ops under a global seed: random.Random(seed).randint(0, 2**31 - 1), one per op
    "eager_global_seed_draws": """
import tensorflow as tf
tf.random.set_seed(42)
w = tf.Variable(tf.random.normal([3, 4]), name="w")
b = tf.Variable(tf.random.uniform([4], seed=1), name="b")
tf.random.normal([2])  # an op that makes no variable still draws
c = tf.Variable(tf.random.normal([2, 2]), name="c")
t = tf.Variable(tf.random.truncated_normal([5], stddev=0.1), name="t")
for i in range(2):
    tf.Variable(tf.random.uniform([3], maxval=4.0), name="loop%d" % i)
""",
    # C: Keras 3 default seeds from Python's random, in construction order
    "keras_set_random_seed_layers": """
import keras
keras.utils.set_random_seed(123)
model = keras.Sequential([
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(32, activation="relu", kernel_initializer="he_normal"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(1, bias_initializer="random_normal"),
])
model.build((None, 20))
emb = keras.layers.Embedding(50, 8)
emb.build((None,))
""",
    "keras_rnn_and_wrappers": """
import keras
keras.utils.set_random_seed(2024)
inp = keras.Input((5, 4))
x = keras.layers.SimpleRNN(3, return_sequences=True)(inp)
x = keras.layers.LSTM(6, return_sequences=True)(x)
x = keras.layers.GRU(4)(x)
y = keras.layers.Dense(2)(x)
model = keras.Model(inp, y)
conv = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(4, 3), keras.layers.BatchNormalization(),
                         keras.layers.SeparableConv2D(5, 3), keras.layers.DepthwiseConv2D(2)])
""",
    "keras_initializer_objects": """
import keras
import tensorflow as tf
keras.utils.set_random_seed(7)
init = keras.initializers.GlorotUniform()
a = tf.Variable(init(shape=(8, 8)), name="a")
a_again = tf.Variable(init(shape=(8, 8)), name="a_again")
b = tf.Variable(keras.initializers.RandomNormal(stddev=0.2)(shape=(4,)), name="b")
c = tf.Variable(tf.random.normal([3]), name="c")
d = tf.Variable(tf.initializers.TruncatedNormal()(shape=(2, 3)), name="d")
layer = keras.layers.Dense(3, kernel_initializer=keras.initializers.HeUniform())
layer.build((None, 5))
""",
    "python_random_seed": """
import random
import keras
random.seed(3)
hidden = random.randint(4, 9)
layer = keras.layers.Dense(hidden)
layer.build((None, 2))
pick = random.choice([2, 3, 5])
out = keras.layers.Dense(pick, kernel_initializer="lecun_uniform")
out.build((None, hidden))
""",
    "keras_mha_and_bidirectional": """
import keras
keras.utils.set_random_seed(11)
q = keras.Input((3, 8))
att = keras.layers.MultiHeadAttention(2, 4, dropout=0.1)
h = att(q, q)
r = keras.layers.Bidirectional(keras.layers.LSTM(3))(h)
out = keras.layers.Dense(1)(r)
model = keras.Model(q, out)
""",
    "keras_global_seed_generator": """
import keras
keras.utils.set_random_seed(5)
a = keras.random.normal((2,))
b = keras.random.uniform((2,))
d = keras.layers.Dense(2)
d.build((None, 3))
g = keras.random.SeedGenerator()
keras.utils.set_random_seed(6)
c = keras.random.normal((1,))
e = keras.layers.Dense(2)
e.build((None, 3))
""",
    "keras_layer_with_tf_initializers": """
import tensorflow as tf
import keras
tf.random.set_seed(21)
a = keras.layers.Dense(3, kernel_initializer=tf.random_normal_initializer(stddev=0.3))
a.build((None, 2))
b = keras.layers.Dense(3, kernel_initializer=tf.compat.v1.glorot_uniform_initializer(seed=5))
b.build((None, 2))
c = tf.Variable(tf.random.uniform([4]), name="c")
d = tf.Variable(tf.random.uniform([6], seed=5), name="d")
""",
    "dropout_draws_eager": """
import tensorflow as tf
tf.random.set_seed(2)
x = tf.ones([4, 5])
y = tf.nn.dropout(x, 0.5)
v = tf.Variable(tf.random.normal([3]), name="v")
z = tf.nn.dropout(x, 0.3, seed=1)
u = tf.Variable(tf.random.uniform([20], seed=1), name="u")
same = tf.nn.dropout(x, rate=0.0)
w = tf.Variable(tf.random.normal([3]), name="w")
""",
    "dropout_draws_graph": """
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.set_random_seed(7)
x = tf.placeholder(tf.float32, [None, 5])
d = tf.nn.dropout(x, rate=0.5)
w = tf.get_variable("w", [5, 3])
k = tf.nn.dropout(x, keep_prob=1.0)
u = tf.get_variable("u", [3], initializer=tf.glorot_normal_initializer())
""",
    # Keras 3 initializers made while building (add_weight(initializer="he_uniform") calls initializers.get):
    # an unseeded one draws from Python's random then, between the constructors' draws
    "keras_build_time_draws": """
import numpy as np
import keras
keras.utils.set_random_seed(11)
emb = keras.layers.Embedding(6, 3, lora_rank=2)
emb.build((None, 4))
conv = keras.layers.Conv1D(4, 3, lora_rank=1)
conv.build((None, 8, 2))
att = keras.layers.AdditiveAttention()
out = att([np.zeros((1, 2, 5), "float32"), np.zeros((1, 3, 5), "float32")])
dense = keras.layers.Dense(3)
dense.build((None, 4))
""",
    # Bidirectional remakes its forward layer (and its backward one unless given) from the layer's config: the
    # remade layers' unseeded initializers draw again; a given backward layer is used as it is
    "keras_bidirectional_draws": """
import numpy as np
import keras
keras.utils.set_random_seed(5)
bi = keras.layers.Bidirectional(keras.layers.LSTM(3), backward_layer=keras.layers.LSTM(3, go_backwards=True))
bi.build((2, 4, 6))
plain = keras.layers.Bidirectional(keras.layers.GRU(2))
out = plain(np.zeros((1, 3, 4), "float32"))
dense = keras.layers.Dense(2)
dense.build((None, 3))
""",
    # BatchNormalization(renorm=True) clones its moving-statistics initializers for the renorm weights (an unseeded
    # random one draws again) and starts the stddevs at the square root of the variance initializer's values
    "keras_batchnorm_renorm_draws": """
import keras
keras.utils.set_random_seed(8)
bn = keras.layers.BatchNormalization(renorm=True, moving_mean_initializer="random_normal", moving_variance_initializer=keras.initializers.Constant(9.0))
bn.build((None, 4))
dense = keras.layers.Dense(3)
dense.build((None, 4))
""",
    # A Keras 3 convolution constructor refused by its value checks has already made (and seeded) its initializers;
    # one refused by standardize_tuple has not: only the first failure shifts the next layer's seed
    "keras_refused_constructor_draws": """
import keras
keras.utils.set_random_seed(4)
try:
    keras.layers.Conv2D(4, 3, strides=2, dilation_rate=2)
except ValueError:
    pass
try:
    keras.layers.Conv2D(4, (3, 0))
except ValueError:
    pass
c = keras.layers.Conv2D(2, 3)
c.build((None, 5, 5, 1))
""",
    # keras.models.clone_model re-makes each layer from its config: unseeded initializers draw again, in layer order
    "keras_clone_model_draws": """
import keras
keras.utils.set_random_seed(12)
m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(2, kernel_initializer="he_normal")])
c = keras.models.clone_model(m)
d = keras.layers.Dense(2)
d.build((None, 3))
""",
    # D: stateless ops, whatever the global seed
    "stateless_ops": """
import tensorflow as tf
tf.random.set_seed(1)
s = tf.Variable(tf.random.stateless_normal([3, 3], seed=[1, 2]), name="s")
u = tf.Variable(tf.random.stateless_uniform([4], seed=[7, 8], minval=-2.0, maxval=2.0), name="u")
t = tf.Variable(tf.random.stateless_truncated_normal([2, 5], seed=(3, 4), stddev=0.5), name="t")
s_again = tf.Variable(tf.random.stateless_normal([3, 3], seed=[1, 2]), name="s_again")
i = tf.Variable(tf.random.stateless_uniform([6], seed=[5, 6], minval=0, maxval=100, dtype=tf.int32), name="i")
neg = tf.Variable(tf.random.stateless_normal([4], seed=[-3, 2**33], mean=1.0), name="neg")
ph = tf.Variable(tf.random.stateless_uniform([5], seed=[9, 10], alg="philox"), name="ph")
""",
    "stateless_graph_mode": """
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.set_random_seed(3)
with tf.variable_scope("m"):
    w = tf.get_variable("w", initializer=tf.random.stateless_normal([2, 4], seed=[1, 2]))
    b = tf.Variable(tf.random.stateless_uniform([3], seed=[4, 5]), name="b")
""",
}

CHILD = r'''
import gc, json, os, runpy, sys, warnings
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
warnings.filterwarnings("ignore")
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
sys.path.insert(0, os.path.dirname(sys.argv[3]))
from gen_fixtures import bits

prog, out = sys.argv[1], sys.argv[2]
graphs = []
_init = ops.Graph.__init__
def graph_init(self, *a, **k):
    _init(self, *a, **k)
    graphs.append(self)
ops.Graph.__init__ = graph_init
records = []
def creator(next_creator, **kw):
    v = next_creator(**kw)
    records.append((v, v.numpy() if tf.executing_eagerly() else None))
    return v
with tf.variable_creator_scope(creator):
    runpy.run_path(prog, run_name="__main__")
result = []
eager = [(v, val) for v, val in records if val is not None]
if eager:
    import keras
    kpath = {}
    for o in gc.get_objects():
        if isinstance(o, keras.Variable) and getattr(o, "_value", None) is not None:
            kpath[id(o._value)] = o.path
    for v, val in eager:
        result.append((kpath.get(id(v)) or v.name[:-2], val))
else:
    for g in graphs:
        with g.as_default():
            vs = tf.compat.v1.global_variables()
            if not vs:
                continue
            with tf.compat.v1.Session(graph=g) as sess:
                sess.run(tf.compat.v1.variables_initializer(vs))
                vals = sess.run(vs)
            result += [(v.name[:-2], np.asarray(x)) for v, x in zip(vs, vals)]
json.dump([{"name": n, "dtype": str(np.asarray(x).dtype), "shape": list(np.shape(x)), "bits": bits(np.asarray(x))} for n, x in result], open(out, "w"))
'''

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "engine", "seeds.json")


def main():
    record(PROGRAMS, OUT)


def record(sources, out_path, extra=None):
    """Runs each program of `sources` (name -> source) in a fresh process and writes their variables to
    `out_path`; `extra` (name -> dict) adds fields to a program's entry."""
    import keras
    import tensorflow as tf
    here = os.path.abspath(__file__)
    programs = []
    with tempfile.TemporaryDirectory() as tmp:
        child = os.path.join(tmp, "child.py")
        with open(child, "w") as f:
            f.write(CHILD)
        for name, src in sources.items():
            prog = os.path.join(tmp, name + ".py")
            with open(prog, "w") as f:
                f.write(src.lstrip("\n"))
            out = os.path.join(tmp, name + ".json")
            env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONHASHSEED="0")
            subprocess.run([sys.executable, child, prog, out, here], check=True, env=env, cwd=tmp)
            variables = json.load(open(out))
            programs.append({"name": name, "source": src.lstrip("\n"), **((extra or {}).get(name, {})), "variables": variables})
            print(name, len(variables), "variables")
    import numpy
    meta = {"tensorflow": tf.__version__, "keras": keras.__version__, "numpy": numpy.__version__, "python": sys.version.split()[0]}
    with open(out_path, "w") as f:
        json.dump({"generator": meta, "programs": programs}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
