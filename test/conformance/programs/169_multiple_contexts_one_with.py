# Several context managers in one with statement.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("a") as sa, tf.variable_scope("b") as sb:
    x = tf.get_variable("x", [1])
with tf.variable_scope("c"), tf.name_scope("n"), tf.variable_scope("d"):
    y = tf.get_variable("y", [1])
    z = tf.Variable(0.0, name="z")
with tf.variable_scope(sb, reuse=True):
    x2 = tf.get_variable("x", [1])
