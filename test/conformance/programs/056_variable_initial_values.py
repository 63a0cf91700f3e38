# tf.Variable built from tensors and Python values in graph mode.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

zeros = tf.Variable(tf.zeros([3]))
noise = tf.Variable(tf.random.normal([2, 3], stddev=0.1))
scalar = tf.Variable(5.0)
matrix = tf.Variable([[1, 2], [3, 4]])
ones = tf.Variable(tf.ones([2, 2]), name="ones")
uni = tf.Variable(tf.random.uniform([4], minval=-2.0, maxval=3.0), name="uni")
trunc = tf.Variable(tf.random.truncated_normal([4, 4], mean=0.5, stddev=0.2), name="trunc")
filled = tf.Variable(tf.fill([2, 2], 7.0), name="filled")
