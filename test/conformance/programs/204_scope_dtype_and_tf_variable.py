# A scope dtype applies to get_variable, not to tf.Variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("half", dtype=tf.float16):
    g = tf.get_variable("g", [2], initializer=tf.ones_initializer())
    v = tf.Variable([1.0, 2.0], name="v")
    h = tf.get_variable("h", [2, 2])
