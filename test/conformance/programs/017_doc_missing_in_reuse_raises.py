# Asking for a variable that does not exist in a reusing scope raises.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo", reuse=True):
    v = tf.compat.v1.get_variable("v", [1])
