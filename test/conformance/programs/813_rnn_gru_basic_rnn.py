# tf.nn.rnn_cell.GRUCell and BasicRNNCell (TF 1.15 rnn_cell_impl.py): GRU builds gates/kernel [d + n, 2n],
# gates/bias (ones unless bias_initializer), candidate/kernel [d + n, n], candidate/bias (zeros);
# BasicRNNCell kernel [d + n, n] and bias.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [3, 5, 2])
gru = tf.nn.rnn_cell.GRUCell(4)
o, s = tf.nn.dynamic_rnn(gru, x, dtype=tf.float32, scope="gru_layer")
gru2 = tf.nn.rnn_cell.GRUCell(3, kernel_initializer=tf.orthogonal_initializer(), bias_initializer=tf.zeros_initializer())
o2, s2 = tf.nn.dynamic_rnn(gru2, o, dtype=tf.float32)
simple = tf.nn.rnn_cell.BasicRNNCell(6)
o3, s3 = tf.nn.dynamic_rnn(simple, o2, dtype=tf.float32)
