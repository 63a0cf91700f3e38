# tf.nn.dynamic_rnn without initial_state needs a dtype (TF 1.15 rnn.py raises before creating anything).
# recorder: tf1-shims target=2.15
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 4, 3])
cell = tf.nn.rnn_cell.GRUCell(2)
init = cell.zero_state(2, tf.float32)
ok, _ = tf.nn.dynamic_rnn(cell, x, initial_state=init)
out, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), x)
