# tf.nn.dynamic_rnn with tf.nn.rnn_cell.BasicLSTMCell (TF 1.15 rnn.py / rnn_cell_impl.py): variable_scope("rnn"),
# the cell's own scope default_name basic_lstm_cell, kernel [input_depth + num_units, 4 * num_units], bias zeros;
# a second cell in the same "rnn" scope is basic_lstm_cell_1; calling a built cell again creates nothing.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [4, 7, 3])
cell = tf.nn.rnn_cell.BasicLSTMCell(5)
out, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
cell2 = tf.nn.rnn_cell.BasicLSTMCell(6)
out2, state2 = tf.nn.dynamic_rnn(cell2, out, dtype=tf.float32)
again, _ = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
