# constant_initializer with a list, a nested list and a scalar.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

a = tf.compat.v1.get_variable("a", [3], initializer=tf.constant_initializer([1, 2, 3]))
b = tf.compat.v1.get_variable("b", [2, 2], initializer=tf.compat.v1.constant_initializer([[1.0, 0.0], [0.0, 1.0]]))
c = tf.compat.v1.get_variable("c", [2, 3], initializer=tf.compat.v1.constant_initializer(-1))
d = tf.compat.v1.get_variable("d", [4], dtype=tf.int32, initializer=tf.compat.v1.constant_initializer(9))
