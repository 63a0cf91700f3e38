# A TF1 cell built on an input whose last dimension is None raises (TF rnn_cell_impl.py, LSTMCell.build):
# "Expected inputs.shape[-1] to be known"; TF 2.15's frozen cells print the shape with None.
# recorder: tf1-shims target=2.15
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

known = tf.placeholder(tf.float32, [2, 4, 3])
ok, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.LSTMCell(2), known, dtype=tf.float32, scope="ok")
seq = tf.placeholder(tf.float32, [2, 4, None])
out, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.LSTMCell(2), seq, dtype=tf.float32)
