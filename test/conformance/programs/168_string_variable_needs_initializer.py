# A string variable has no default initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

ids = tf.get_variable("ids", [2], dtype=tf.int32)
names = tf.get_variable("names", [2], dtype=tf.string)
