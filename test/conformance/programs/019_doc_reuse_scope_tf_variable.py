# tf.Variable ignores reuse and follows the name scope, which is uniquified on the second entry.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo"):
    a = tf.compat.v1.get_variable("a", [1])
    b = tf.Variable(1.0, name="b")
with tf.compat.v1.variable_scope("foo", reuse=True):
    a2 = tf.compat.v1.get_variable("a", [1])
    b2 = tf.Variable(1.0, name="b")
