# The global step helper creates an int64, non-trainable variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

step = tf.train.get_or_create_global_step()
w = tf.get_variable("w", [3])
same = tf.train.get_or_create_global_step()
