# TF1 cells in a loop of variable scopes, with a scope initializer that becomes the kernels' default
# (TF 1.15: the cell's add_variable goes through get_variable under the enclosing scopes).
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 3, 4])
with tf.variable_scope("model", initializer=tf.random_uniform_initializer(-0.1, 0.1)):
    h = x
    for i in range(3):
        with tf.variable_scope("layer_%d" % i):
            h, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.LSTMCell(4), h, dtype=tf.float32)
