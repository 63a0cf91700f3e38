# uniform_unit_scaling_initializer with factor, on a matrix and a conv kernel.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [4, 6], initializer=tf.uniform_unit_scaling_initializer())
b = tf.get_variable("b", [4, 6], initializer=tf.uniform_unit_scaling_initializer(factor=1.43))
c = tf.get_variable("c", [3, 3, 2, 5], initializer=tf.uniform_unit_scaling_initializer(factor=2.0))
