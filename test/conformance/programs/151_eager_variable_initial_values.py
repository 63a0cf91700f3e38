# TF2 eager: tf.Variable from Python values, lists and dtype conversion.
import tensorflow as tf

a = tf.Variable(5.0)
b = tf.Variable([[1, 2], [3, 4]], name="b")
c = tf.Variable(3, dtype=tf.float64, name="c")
d = tf.Variable(True, name="flag", trainable=False)
e = tf.Variable([0.5] * 3, name="e")
