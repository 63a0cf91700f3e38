# A missing-variable error raised in a helper module called under a reusing scope.
import tensorflow.compat.v1 as tf
import _layers
tf.disable_v2_behavior()

with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
    b1 = _layers.make_bias("b", 3)
    b2 = _layers.make_bias("b", 3)
with tf.variable_scope("shared", reuse=True):
    b3 = _layers.make_bias("b", 3)
    b4 = _layers.make_bias("c", 3)
