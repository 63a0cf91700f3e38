# A scope initializer also serves integer variables; an explicit one wins.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("ints", initializer=tf.constant_initializer(2)):
    a = tf.get_variable("a", [2], dtype=tf.int32)
    b = tf.get_variable("b", [2], dtype=tf.int64, initializer=tf.zeros_initializer())
    c = tf.get_variable("c", [2])
