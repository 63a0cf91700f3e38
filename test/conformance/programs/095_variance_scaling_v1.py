# tf.compat.v1.variance_scaling_initializer with each mode and distribution.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

vs = tf.compat.v1.variance_scaling_initializer
a = tf.compat.v1.get_variable("a", [20, 10], initializer=vs())
b = tf.compat.v1.get_variable("b", [20, 10], initializer=vs(scale=2.0, mode="fan_in", distribution="truncated_normal"))
c = tf.compat.v1.get_variable("c", [20, 10], initializer=vs(scale=1.0, mode="fan_out", distribution="uniform"))
d = tf.compat.v1.get_variable("d", [20, 10], initializer=vs(mode="fan_avg", distribution="untruncated_normal"))
e = tf.compat.v1.get_variable("e", [3, 3, 4, 8], initializer=vs(scale=0.5, mode="fan_avg", distribution="normal"))
