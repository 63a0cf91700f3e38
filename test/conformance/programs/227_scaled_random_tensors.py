# Variables whose initial value is an expression on a random or constant tensor (TF1 graph mode).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.set_random_seed(5)

with tf.variable_scope("mlp"):
    w = tf.Variable(tf.random_normal([784, 10], seed=1) * 0.01, name="w")
    b = tf.Variable(tf.random_uniform([10], seed=2) * 2.0 - 1.0, name="b")
    t = tf.get_variable("t", initializer=tf.truncated_normal([3, 3], stddev=0.1, seed=3) + 0.5)
    d = tf.Variable(tf.random_normal([4], mean=1.0, stddev=2.0, seed=4) / 10.0, name="d")
with tf.variable_scope("consts"):
    z = tf.Variable(tf.zeros([5]) + 0.1, name="z")
    o = tf.Variable(tf.ones([2, 2]) * 3, name="o")
    m = tf.Variable(-tf.ones([3]), name="m")
    c = tf.Variable(tf.constant(0.1, shape=[4]), name="c")
    f = tf.Variable(tf.fill([2, 3], 7.0), name="f")
    h = tf.Variable(2.0 - tf.random_uniform([6], -1.0, 1.0, seed=6), name="h")
mul = tf.Variable(tf.random_normal([2], seed=7) * 0.5, name="mul")
