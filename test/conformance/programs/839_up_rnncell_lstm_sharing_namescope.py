# Port of tensorflow/python/kernel_tests/rnn_cell_test.py LSTMTest.testSharingWeightsWithDifferentNamescope: one LSTMCell (peepholes, num_proj) run by
# static_rnn under two name scopes in share_scope (the second with reuse=True) creates its variables once.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

initializer = tf.random_uniform_initializer(-1, 1, seed=3)
inputs = 8 * [tf.placeholder(tf.float32, shape=(None, 5))]
cell = tf.nn.rnn_cell.LSTMCell(3, use_peepholes=True, num_proj=4, initializer=initializer, state_is_tuple=False)
with tf.name_scope("scope0"):
    with tf.variable_scope("share_scope"):
        outputs0, _ = tf.nn.static_rnn(cell, inputs, dtype=tf.float32)
with tf.name_scope("scope1"):
    with tf.variable_scope("share_scope", reuse=True):
        outputs1, _ = tf.nn.static_rnn(cell, inputs, dtype=tf.float32)
