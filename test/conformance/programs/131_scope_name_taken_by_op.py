# An op already named like the scope: the variable scope keeps the name, the name scope gets a suffix.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

c = tf.constant(1.0, name="block")
with tf.variable_scope("block"):
    w = tf.get_variable("w", [2])
    v = tf.Variable(1.0, name="v")
