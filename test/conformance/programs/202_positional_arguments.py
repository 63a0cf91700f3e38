# get_variable and variable_scope with positional arguments.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope(None, "dflt"):
    a = tf.get_variable("a", [2, 3], tf.float64, tf.zeros_initializer())
with tf.variable_scope(None, "dflt"):
    b = tf.get_variable("b", [2], tf.float32, tf.constant_initializer(1.5), None, False)
