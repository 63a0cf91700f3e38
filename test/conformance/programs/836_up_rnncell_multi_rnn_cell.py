# Port of tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testMultiRNNCell: two GRUCells in a MultiRNNCell make 2 * 4 weights.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 4])
    multi_rnn_cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.GRUCell(2) for _ in range(2)], state_is_tuple=False)
    _, ml = multi_rnn_cell(x, m)
