# Helpers from a workspace module imported with "import x".
import tensorflow.compat.v1 as tf
import _layers
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 12])
h = _layers.dense(x, 12, 6, "fc1")
y = _layers.dense(h, 6, 2, "fc2", stddev=_layers.DEFAULT_STDDEV * 3)
with tf.variable_scope("extra"):
    bias = _layers.make_bias("shift", 2)
