# Control dependencies and device blocks do not change variable names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v0 = tf.get_variable("v0", [1], initializer=tf.constant_initializer(0))
with tf.control_dependencies([v0.value()]):
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
with tf.device("/cpu:0"):
    with tf.variable_scope("dev"):
        v2 = tf.get_variable("v2", [1])
        v3 = tf.Variable(1.0, name="v3")
