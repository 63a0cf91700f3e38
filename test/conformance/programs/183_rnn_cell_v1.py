# tf.compat.v1.nn.rnn_cell in TensorFlow 2.21.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("enc"):
    w = tf.get_variable("proj", [8, 4])
    cell = tf.nn.rnn_cell.BasicLSTMCell(4)
