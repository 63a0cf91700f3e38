# Python and numpy values as initializers with an explicit dtype; a dict is refused.
import numpy
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("v4", initializer=4, dtype=tf.int32)
w = tf.get_variable("w4", initializer=numpy.array([1, 2, 3]), dtype=tf.int64)
x = tf.get_variable("x4", initializer={})
