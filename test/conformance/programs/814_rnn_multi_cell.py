# tf.nn.rnn_cell.MultiRNNCell (TF 1.15 rnn_cell_impl.py): its own scope multi_rnn_cell, then cell_<i> per layer;
# each layer's input depth is the previous layer's output size.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 9, 6])
cells = [tf.nn.rnn_cell.LSTMCell(n) for n in (8, 4)] + [tf.nn.rnn_cell.GRUCell(3)]
stack = tf.nn.rnn_cell.MultiRNNCell(cells)
out, state = tf.nn.dynamic_rnn(stack, x, dtype=tf.float32, scope="encoder")
deep = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(5) for _ in range(2)])
out2, _ = tf.nn.dynamic_rnn(deep, out, dtype=tf.float32)
