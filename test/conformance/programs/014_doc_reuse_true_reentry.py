# Sharing by entering the same scope name a second time with reuse=True.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo"):
    v = tf.compat.v1.get_variable("v", [1])
with tf.compat.v1.variable_scope("foo", reuse=True):
    v1 = tf.compat.v1.get_variable("v", [1])
