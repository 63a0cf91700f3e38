# A scope's dtype is the default for get_variable inside it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("d", dtype=tf.float64):
    x = tf.get_variable("x", [3, 4])
    with tf.variable_scope("child"):
        y = tf.get_variable("y", [2], initializer=tf.zeros_initializer())
    z = tf.get_variable("z", [2], dtype=tf.float32)
w = tf.get_variable("w", [2])
