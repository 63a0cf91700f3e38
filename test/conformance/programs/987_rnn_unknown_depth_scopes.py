# dynamic_rnn's depth check names the input it transposed inside its scope: a second default-scoped call has the
# name scope rnn_1 (its variable scope is rnn again); time-major inputs are checked as given.
# recorder: tf1-shims target=2.15
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [3, 5, 2])
a, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), x, dtype=tf.float32)
tm = tf.placeholder(tf.float32, [5, 3, None])
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), tm, dtype=tf.float32, time_major=True, scope="tm")
except ValueError:
    tf.Variable(0.0, name="caught_time_major")
bad = tf.placeholder(tf.float32, [3, None, None])
b, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), bad, dtype=tf.float32)
