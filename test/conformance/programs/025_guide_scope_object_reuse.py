# Sharing guide: capture a scope object and enter it again with reuse=True.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("model") as model_scope:
    w = tf.get_variable("w", [4, 4])
    u = tf.Variable(tf.zeros([4]), name="u")

with tf.variable_scope(model_scope, reuse=True):
    w2 = tf.get_variable("w", [4, 4])
    u2 = tf.Variable(tf.zeros([4]), name="u")

with tf.variable_scope(model_scope):
    fresh = tf.get_variable("fresh", [1])
