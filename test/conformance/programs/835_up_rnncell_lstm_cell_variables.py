# Port of tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testLSTMCellVariables: root/lstm_cell/kernel [2 + 6, 32], bias, projection/kernel [8, 6].
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([3, 2])
    m = tf.zeros([3, 8 + 6])
    cell = tf.nn.rnn_cell.LSTMCell(num_units=8, num_proj=6, forget_bias=1.0, state_is_tuple=False)
    cell(x, m)
