# An initializer class (not an instance) is accepted by get_variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [3], initializer=tf.zeros_initializer)
b = tf.get_variable("b", [3], initializer=tf.ones_initializer)
c = tf.get_variable("c", [2, 3], initializer=tf.glorot_normal_initializer)
