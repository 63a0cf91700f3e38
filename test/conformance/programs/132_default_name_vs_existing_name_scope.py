# default_name counts variable scopes, not name scopes opened by ops.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("dense"):
    x = tf.constant(0.0, name="x")
with tf.variable_scope(None, default_name="dense"):
    a = tf.get_variable("a", [1])
    t = tf.Variable(1.0, name="t")
with tf.variable_scope(None, default_name="dense"):
    b = tf.get_variable("b", [1])
