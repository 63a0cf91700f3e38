# Port of tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testBasicLSTMCell: a MultiRNNCell of two BasicLSTMCells in float16 and float32 graphs
# (root/multi_rnn_cell/cell_<i>/basic_lstm_cell/kernel|bias), then a BasicLSTMCell on a width-3 input under "other".
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

for dtype in [tf.float16, tf.float32]:
    with tf.Graph().as_default():
        with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
            x = tf.zeros([1, 2], dtype=dtype)
            m = tf.zeros([1, 8], dtype=dtype)
            cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=False) for _ in range(2)],
                                               state_is_tuple=False)
            g, out_m = cell(x, m)
        with tf.variable_scope("other", initializer=tf.constant_initializer(0.5)):
            x = tf.zeros([1, 3], dtype=dtype)
            m = tf.zeros([1, 4], dtype=dtype)
            g, out_m = tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=False)(x, m)
