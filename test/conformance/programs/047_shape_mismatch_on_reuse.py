# Reusing a variable with a different shape raises.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("s"):
    v = tf.get_variable("v", [2, 3])
with tf.variable_scope("s", reuse=True):
    v2 = tf.get_variable("v", [3, 4])
