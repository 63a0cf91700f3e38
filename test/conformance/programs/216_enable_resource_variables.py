# With resource variables enabled, get_variable makes resource variables and messages drop the _ref dtype.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.enable_resource_variables()

with tf.variable_scope("res"):
    v = tf.get_variable("v", [2])
    t = tf.Variable(1, name="t")
with tf.variable_scope("res", reuse=True):
    v2 = tf.get_variable("v", [2], dtype=tf.float16)
