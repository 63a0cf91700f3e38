"""Records what real TensorFlow (and NumPy) give variables whose initial value is an expression: a random
or constant tensor with elementwise arithmetic (eager: each op its own kernel; graph mode: as a session's
Grappler folds the chain), NumPy's array constructors, and NumPy's legacy seeded generator (np.random.*,
RandomState, keras.utils.set_random_seed), each value passed to tf.Variable / get_variable.

Run with a Python that has TensorFlow (e.g. /tmp/tf/bin/python scripts/engine/gen_expr_fixtures.py);
writes test/fixtures/engine/expressions.json in the format of seeds.json (gen_seed_fixtures.py), plus per
program `inexact`: variables the engine must not flag exact, with a word its note must contain. The test
(test/engine/tfconformance.test.ts) analyses each source and materializes it; the others must be bit-exact.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_seed_fixtures import record  # noqa: E402

PROGRAMS = {
    # eager: each op is its own kernel, rounded to the dtype; a Python scalar is converted to the dtype first
    "eager_scaled_random": """
import numpy as np
import tensorflow as tf
tf.random.set_seed(3)
W = tf.Variable(tf.random.normal([20, 10], seed=1) * 0.01, name="W")
b = tf.Variable(tf.random.uniform([12]) * 2 - 1, name="b")
t = tf.Variable(tf.random.truncated_normal([12], stddev=0.1) + 0.5, name="t")
d = tf.Variable(tf.random.normal([12], seed=2) / 10.0, name="d")
r = tf.Variable(1.0 / tf.random.uniform([12], 1.0, 2.0, seed=3), name="r")
s = tf.Variable(0.3 - 2.0 * tf.random.normal([12], mean=1.0, stddev=0.5, seed=4), name="s")
h = tf.Variable(np.sqrt(2.0 / 12) * tf.random.normal([12, 3], seed=5), name="h")
f = tf.Variable(lambda: tf.random.normal([9]) * 0.01 * 3.0, name="f")
g = tf.Variable(tf.keras.initializers.GlorotUniform(seed=3)((6, 5)) * 2.0, name="g")
n = tf.Variable(tf.random_normal_initializer(stddev=0.2, seed=4)([8]) - 1.0, name="n")
j = tf.Variable(tf.random.stateless_normal([8], seed=[1, 2]) / 3.0, name="j")
o = tf.Variable(tf.compat.v1.orthogonal_initializer(seed=8)([6, 6]) * 0.5, name="o")
m = tf.Variable(tf.math.multiply(tf.random.normal([8], seed=6), 0.2), name="m")
a = tf.Variable(tf.add(tf.math.scalar_mul(3.0, tf.random.uniform([8], seed=7)), -1.5), name="a")
v = tf.compat.v1.get_variable("v", initializer=tf.random.normal([6], seed=9) * 0.05)
""",
    "eager_dtypes": """
import tensorflow as tf
tf.random.set_seed(11)
h16 = tf.Variable(tf.random.normal([16], dtype=tf.float16) * 0.1 + 0.3, name="h16")
b16 = tf.Variable(tf.random.uniform([16], dtype=tf.bfloat16) * 3.0, name="b16")
f64 = tf.Variable(tf.random.uniform([16], seed=7, dtype=tf.float64) * 0.1 - 2.0, name="f64")
n64 = tf.Variable(tf.random.normal([16], seed=6, dtype=tf.float64) * 0.1, name="n64")
c64 = tf.Variable(tf.cast(tf.random.normal([8], seed=13), tf.float64) * 0.1, name="c64")
i32 = tf.Variable(tf.random.uniform([8], 0, 10, dtype=tf.int32) * 3 + 1, name="i32")
half = tf.Variable(tf.ones([3], tf.int32) / 2, name="half")
""",
    "eager_constants": """
import tensorflow as tf
z = tf.Variable(tf.zeros([5]) + 0.1, name="z")
o = tf.Variable(tf.ones([2, 2]) * 3, name="o")
m = tf.Variable(-tf.ones([3]), name="m")
c = tf.Variable(tf.constant(0.1, shape=[4]), name="c")
f = tf.Variable(tf.fill([2, 3], 7.0) / 3.0, name="f")
l = tf.Variable(tf.constant([1.0, 2.0, 3.0]) * 0.1, name="l")
e = tf.Variable(tf.eye(3) * 2.0, name="e")
i = tf.Variable(tf.constant(3) + 2, name="i")
k = tf.Variable(tf.subtract(tf.constant(0.7), 0.1), name="k")
n = tf.Variable(tf.negative(tf.fill([2], 0.3)) * 0.3, name="n")
""",
    # TF1 graph mode: the session's Grappler turns x / c into x * (1/c) and folds constant chains
    "graph_scaled_random": """
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf.compat.v1.set_random_seed(7)
a = tf.Variable(tf.random.normal([40], seed=1) * 0.01, name="a")
b = tf.Variable(tf.random.uniform([40], seed=2) * 2.0 - 1.0, name="b")
c = tf.Variable(tf.random.normal([40], stddev=2.0, seed=3) * 0.5 * 0.3, name="c")
d = tf.Variable(tf.random.normal([40], seed=4) / 10.0, name="d")
e = tf.Variable(tf.random.truncated_normal([40], stddev=0.1, seed=5) + 0.5 + 0.25, name="e")
f = tf.Variable(3.0 - tf.random.uniform([40], -1.0, 1.0, seed=6) / 7.0, name="f")
i = tf.Variable(tf.random.normal([40], mean=1.0, stddev=0.5, seed=8) * 2.0 / 3.0, name="i")
j = tf.Variable(tf.random.uniform([40], maxval=4.0, seed=9) * 0.5 * 0.3, name="j")
k = tf.Variable(2.0 / tf.random.uniform([40], 1.0, 2.0, seed=10), name="k")
l = tf.Variable(tf.random.normal([40]) * 0.1, name="l")
m = tf.compat.v1.get_variable("m", initializer=tf.random.normal([20], seed=11) * 0.05)
x = tf.Variable((tf.random.uniform([40], seed=12) * 2.0 - 1.0) / 3.0 * 0.5, name="x")
y = tf.Variable(0.5 * (tf.random.normal([40], seed=13) * 4.0) + 0.1 + 0.2 - 0.05, name="y")
q = tf.Variable(tf.random.normal([40], seed=15, dtype=tf.float16) * 0.1 / 3.0, name="q")
q1 = tf.Variable(tf.random.normal([40], seed=19, dtype=tf.float16) / 3.0, name="q1")
q2 = tf.Variable(tf.random.normal([40], seed=20, dtype=tf.float16) * 0.1 + 0.2, name="q2")
w = tf.Variable(tf.random.normal([40], seed=16, dtype=tf.float64) / 3.0 * 0.5, name="w")
r = tf.Variable(1.0 / tf.random.uniform([40], 1.0, 2.0, seed=17), name="r")
g = tf.Variable(tf.zeros([10]) + 0.1, name="g")
h = tf.Variable(-tf.ones([4]) * 0.3 * 0.7, name="h")
o = tf.Variable(tf.compat.v1.orthogonal_initializer(gain=2.0, seed=18)([5, 5]) * 0.5 * 0.3, name="o")
""",
    # NumPy: its dtype rules (float64 unless told), its legacy MT19937 stream, then TensorFlow
    "numpy_legacy_stream": """
import numpy as np
import tensorflow as tf
np.random.seed(42)
x_train = np.random.rand(100, 8)
a = tf.Variable(np.random.randn(8, 4), name="a")
b = tf.Variable(np.random.uniform(-1, 1, (4,)).astype("float32"), name="b")
noise = np.random.normal(size=7)
c = tf.Variable(np.random.normal(0.0, 0.05, size=(3, 5)).astype(np.float32), name="c")
d = tf.Variable((np.random.randn(6) * 0.1).astype(np.float32), name="d")
rs = np.random.RandomState(7)
e = tf.Variable(rs.randn(5, 2).astype(np.float32) * 0.5, name="e")
f = tf.Variable(rs.random_sample((3,)), name="f")
g = tf.Variable(np.random.standard_normal((2, 3)), name="g")
i = tf.Variable(np.random.randn(3), dtype=tf.float32, name="i")
j = tf.Variable(np.random.randn(2, 2).astype(np.float16), name="j")
k = tf.Variable(np.random.randn(3).astype(np.float32) * np.float32(0.5), name="k")
u = tf.Variable(np.float64(0.25), name="u")
w = tf.Variable(np.random.randn(33, 7).astype(np.float32) * np.sqrt(2.0 / 33), name="w")
np.random.shuffle(x_train)
t = tf.Variable(np.random.randn(2), name="t")
""",
    "numpy_keras_seed_and_constructors": """
import numpy as np
import tensorflow as tf
import keras
keras.utils.set_random_seed(3)
h = tf.Variable(np.random.rand(4).astype(np.float32), name="h")
k = tf.Variable(np.arange(10) * 0.5, name="k")
l = tf.Variable(np.arange(0.0, 1.0, 0.1), name="l")
m = tf.Variable(np.linspace(-1, 1, 7), name="m")
n = tf.Variable(np.linspace(0, 1, 5, endpoint=False).astype(np.float32), name="n")
o = tf.Variable(np.array([[1, 2], [3, 4]]), name="o")
p = tf.Variable(np.array([0.1, 0.2]) / 3, name="p")
q = tf.Variable(np.full((2, 3), 0.1, dtype=np.float32) * 3, name="q")
r = tf.Variable(np.eye(3, dtype=np.float32) * 0.5, name="r")
s = tf.Variable(np.ones(4) - 0.25, name="s")
z = tf.Variable(np.zeros((3, 4), dtype=np.float32), name="z")
u = tf.Variable(np.full((2,), 7), name="u")
""",
    "numpy_in_graph": """
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
np.random.seed(0)
a = tf.Variable(np.random.randn(3, 4).astype(np.float32) * 0.1, name="a")
b = tf.Variable(tf.constant(np.linspace(0.0, 1.0, 6), dtype=tf.float32) / 3.0 * 0.5, name="b")
c = tf.compat.v1.get_variable("c", initializer=np.random.uniform(-0.1, 0.1, (5,)).astype(np.float32))
d = tf.Variable(tf.cast(np.random.randn(4), tf.float32) * 2.0, name="d")
""",
}

# variables that must not be flagged exact, with a word their note must contain
INEXACT = {
    "eager_dtypes": {"n64": "glibc"},
    "graph_scaled_random": {"w": "glibc", "r": "Reciprocal", "q": "16-bit"},
    "numpy_legacy_stream": {"t": "shuffle"},
}

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "engine", "expressions.json")

if __name__ == "__main__":
    record(PROGRAMS, OUT, {name: {"inexact": v} for name, v in INEXACT.items()})
