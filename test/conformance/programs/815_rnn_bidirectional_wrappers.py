# tf.nn.bidirectional_dynamic_rnn (TF 1.15 rnn.py): variable_scope(scope or "bidirectional_rnn") with fw/ and bw/
# inside; DropoutWrapper and ResidualWrapper add no scope and no variables.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 5, 4])
fw = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.LSTMCell(4), output_keep_prob=0.8)
bw = tf.nn.rnn_cell.ResidualWrapper(tf.nn.rnn_cell.GRUCell(4))
(of, ob), (sf, sb) = tf.nn.bidirectional_dynamic_rnn(fw, bw, x, dtype=tf.float32)
merged = tf.concat([of, ob], axis=-1)
fw2 = tf.nn.rnn_cell.BasicLSTMCell(3)
bw2 = tf.nn.rnn_cell.BasicLSTMCell(3)
outs, states = tf.nn.bidirectional_dynamic_rnn(fw2, bw2, merged, dtype=tf.float32, scope="birnn2")
