# float64 variables use the same glorot_uniform default, in float64.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

d = tf.get_variable("d", [3, 4], dtype=tf.float64)
k = tf.get_variable("k", [3, 3, 8, 16], dtype=tf.float64)
s = tf.get_variable("s", [], dtype=tf.float64)
