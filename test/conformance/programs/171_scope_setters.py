# Setting a scope's initializer and dtype after entering it; the settings end with the block.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("bar") as scope:
    before = tf.get_variable("before", [2])
    tf.get_variable_scope().set_initializer(tf.constant_initializer(0.3))
    v = tf.get_variable("v", [2])
    scope.set_dtype(tf.float64)
    d = tf.get_variable("d", [2])
    with tf.variable_scope("child"):
        c = tf.get_variable("c", [2])
after = tf.get_variable("after", [2])
