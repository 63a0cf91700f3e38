# Reusing with no shape returns the stored variable; reusing with a compatible shape too.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("emb"):
    table = tf.get_variable("table", [20, 4], initializer=tf.random_uniform_initializer(-1.0, 1.0))
with tf.variable_scope("emb", reuse=True):
    same = tf.get_variable("table")
    same2 = tf.get_variable("table", [20, 4])
    same3 = tf.get_variable("table", [20, 5])
