# constant_initializer with fewer values than the shape needs.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

ok = tf.get_variable("ok", [2], initializer=tf.constant_initializer([1.0, 2.0]))
short = tf.get_variable("short", [3], initializer=tf.constant_initializer([1.0, 2.0]))
