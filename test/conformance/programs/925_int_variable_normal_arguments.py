# TF1: a random/truncated normal initializer run for an integer variable converts its mean, then its stddev, to
# the variable's dtype (the defaults 0.0 and 1.0 are floats, refused with TypeError); with both written as ints
# the op itself refuses the integer dtype. The first get_variable that raises stops the program.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope('fine'):
    a = tf.get_variable('a', shape=[2], dtype=tf.int32, initializer=tf.random_uniform_initializer(0, 5))
    b = tf.get_variable('b', shape=[2, 3], initializer=tf.truncated_normal_initializer(mean=0, stddev=2))
with tf.variable_scope('ints', initializer=tf.truncated_normal_initializer(mean=0, stddev=2)):
    c = tf.get_variable('c', shape=[3], dtype=tf.int64)
