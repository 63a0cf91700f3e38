# tf.nn.static_rnn and static_bidirectional_rnn (TF 1.15 rnn.py): a Python list of [batch, depth] inputs under
# variable_scope(scope or "rnn"); later time steps reuse the first step's variables.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

steps = [tf.placeholder(tf.float32, [3, 4]) for _ in range(5)]
cell = tf.nn.rnn_cell.BasicLSTMCell(6)
outputs, state = tf.nn.static_rnn(cell, steps, dtype=tf.float32)
fw = tf.nn.rnn_cell.GRUCell(2)
bw = tf.nn.rnn_cell.GRUCell(2)
bi, sf, sb = tf.nn.static_bidirectional_rnn(fw, bw, outputs, dtype=tf.float32, scope="bi")
