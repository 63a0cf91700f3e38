# TF1 cells take their variables' dtype from the inputs (float64 here) and their depth from the last axis,
# also with time_major=True inputs [time, batch, depth] (TF 1.15 rnn.py).
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x64 = tf.placeholder(tf.float64, [3, 2, 5])
o, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(4), x64, dtype=tf.float64, time_major=True)
tm = tf.placeholder(tf.float32, [6, 2, 7])
o2, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.LSTMCell(3), tm, dtype=tf.float32, time_major=True, scope="tm")
