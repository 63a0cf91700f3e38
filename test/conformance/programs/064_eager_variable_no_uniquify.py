# TF2 eager: tf.Variable names are not made unique.
import tensorflow as tf

a = tf.Variable(1.0, name="v")
b = tf.Variable(2.0, name="v")
c = tf.Variable(3.0)
d = tf.Variable(4.0)
with tf.name_scope("block"):
    e = tf.Variable([1.0, 2.0], name="w")
    f = tf.Variable([1.0, 2.0], name="w")
