# variable_scope given a number instead of a name.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("fine"):
    v = tf.get_variable("v", [1])
with tf.variable_scope(5):
    w = tf.get_variable("w", [1])
