# tf.contrib.rnn cells and static_rnn (TF 1.15 re-exports rnn_cell_impl's cells there): the same names as
# tf.nn.rnn_cell; scope= given as a VariableScope object.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

steps = tf.unstack(tf.placeholder(tf.float32, [4, 3, 5]), axis=1)
with tf.variable_scope("lstm") as sc:
    cell = tf.contrib.rnn.BasicLSTMCell(7, forget_bias=1.0)
    out, st = tf.contrib.rnn.static_rnn(cell, steps, dtype=tf.float32, scope=sc)
stack = tf.contrib.rnn.MultiRNNCell([tf.contrib.rnn.LSTMCell(3), tf.contrib.rnn.LSTMCell(3)])
seq = tf.placeholder(tf.float32, [4, 8, 7])
o2, _ = tf.nn.dynamic_rnn(stack, seq, dtype=tf.float32)
