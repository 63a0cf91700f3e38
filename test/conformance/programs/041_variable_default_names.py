# tf.Variable without a name is called Variable; repeated names get _1, _2 in graph mode.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.Variable(1.0)
b = tf.Variable(2.0)
c = tf.Variable(3.0, name="w")
d = tf.Variable(4.0, name="w")
with tf.variable_scope("s"):
    e = tf.Variable(5.0)
    f = tf.Variable(6.0)
g = tf.Variable(7.0, name="Variable")
