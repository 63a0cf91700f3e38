# Port of tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testBasicRNNCell: root/basic_rnn_cell/kernel [4, 2] and bias, the scope's constant
# initializer for both.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 2])
    cell = tf.nn.rnn_cell.BasicRNNCell(2)
    g, _ = cell(x, m)
