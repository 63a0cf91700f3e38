# With resource variables the dtype-mismatch message names the plain dtype.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("r", use_resource=True):
    v = tf.get_variable("v", [3])
with tf.variable_scope("r", reuse=True):
    v2 = tf.get_variable("v", [3], dtype=tf.int32)
