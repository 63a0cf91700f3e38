# The same scope name under different parents gives different variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("a"):
    tf.get_variable("w", [1])
with tf.variable_scope("b"):
    with tf.variable_scope("a"):
        tf.get_variable("w", [1])
    with tf.variable_scope("a"):
        tf.get_variable("w2", [1])
        tf.Variable(1.0, name="t")
