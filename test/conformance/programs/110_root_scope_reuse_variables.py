# Turning reuse on for the root scope: later new names fail.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [2])
tf.get_variable_scope().reuse_variables()
a_again = tf.get_variable("a", [2])
with tf.variable_scope("child"):
    b = tf.get_variable("b", [2])
