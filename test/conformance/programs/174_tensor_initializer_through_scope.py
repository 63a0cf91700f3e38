# A constant tensor as a scope initializer; its dtype decides the variable's dtype.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.constant(0.1)
w = tf.get_variable("w", initializer=init)
with tf.variable_scope("foo", initializer=init):
    v = tf.get_variable("v")
ints = tf.constant(1, dtype=tf.int32)
t = tf.get_variable("t", initializer=ints)
s = tf.get_variable("s", initializer=ints, dtype=tf.float64)
