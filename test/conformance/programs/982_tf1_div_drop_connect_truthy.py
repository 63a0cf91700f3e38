# Pieces of TF1 model code around the layers: tf.div (TF 1.x, x's dtype, broadcast shape) in a drop-connect
# residual, a library function as a default (`params.act or tf.nn.swish` is the function), and isinstance of a
# tensor against dict (False): each decides a later variable's shape.
import collections
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

Params = collections.namedtuple("Params", ["act", "survival_prob"])
Params.__new__.__defaults__ = (None,) * len(Params._fields)
params = Params(survival_prob=0.8)
act = params.act or tf.nn.swish

x = tf.placeholder(tf.float32, [2, 8, 8, 4])
batch = tf.shape(x)[0]
keep = params.survival_prob + tf.random_uniform([batch, 1, 1, 1], dtype=x.dtype)
y = tf.div(act(x), params.survival_prob) * tf.floor(keep)
y = tf.add(y, x)
lr = tf.constant(0.1)
n = 3 if isinstance(lr, dict) else y.shape[-1]
w = tf.get_variable("w", [y.shape[-1], n, 1 if act is None else 2])
