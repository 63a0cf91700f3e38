# TF1: a scope's normal-family initializer run for an integer variable. random_ops converts the float mean (0.0
# for variance scaling) to int32 and raises TypeError; a zeros or uniform-int initializer is fine.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope('ok', initializer=tf.zeros_initializer()):
    step = tf.get_variable('step', shape=[], dtype=tf.int32)
with tf.variable_scope('ids', initializer=tf.random_uniform_initializer(0, 10)):
    ids = tf.get_variable('ids', shape=[3], dtype=tf.int64)
with tf.variable_scope('bad', initializer=tf.glorot_normal_initializer()):
    w = tf.get_variable('w', shape=[2, 2])
    n = tf.get_variable('n', shape=[2], dtype=tf.int32)
