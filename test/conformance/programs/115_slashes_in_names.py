# Slashes inside scope names and variable names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("a/b"):
    x = tf.get_variable("x", [1])
    y = tf.get_variable("c/y", [1])
with tf.variable_scope("a"):
    with tf.variable_scope("b", reuse=True):
        x2 = tf.get_variable("x", [1])
z = tf.get_variable("a/b/c/y", [1])
