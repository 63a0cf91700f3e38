# Inside a reusing scope, reuse=False on a child does not switch reuse off.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("r"):
    with tf.variable_scope("inner"):
        tf.get_variable("v", [1])

with tf.variable_scope("r", reuse=True):
    with tf.variable_scope("inner", reuse=False):
        again = tf.get_variable("v", [1])
        new = tf.get_variable("new", [1])
