# Port of tensorflow/python/kernel_tests/rnn_cell_test.py BidirectionalRNNTest.testBidirectionalDynamicRNNScope: the scope given as a VariableScope, as a
# string, and absent (bidirectional_rnn), time-major and batch-major, each in its own graph (inputs built as
# one [time, batch, depth] placeholder instead of a stacked list).
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def build(scope, time_major):
    init = tf.random_uniform_initializer(-0.01, 0.01, seed=2)
    fw = tf.nn.rnn_cell.LSTMCell(3, initializer=init)
    bw = tf.nn.rnn_cell.LSTMCell(3, initializer=init)
    shape = (8, 2, 5) if time_major else (2, 8, 5)
    inputs = tf.placeholder(tf.float32, shape=shape)
    seq = tf.placeholder(tf.int64)
    return tf.nn.bidirectional_dynamic_rnn(fw, bw, inputs, seq, dtype=tf.float32, time_major=time_major, scope=scope)


for time_major in (True, False):
    with tf.Graph().as_default():
        with tf.variable_scope("prefix") as scope:
            build(scope, time_major)
    with tf.Graph().as_default():
        build("prefix", time_major)
    with tf.Graph().as_default():
        build(None, time_major)
