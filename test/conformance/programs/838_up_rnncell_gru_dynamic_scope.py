# Port of tensorflow/python/kernel_tests/rnn_cell_test.py GRUTest.testDynamicScope: dynamic_rnn over a time-major GRUCell with the scope as a VariableScope,
# a string, and absent ("rnn"), each in its own graph.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def build(scope):
    inputs = tf.placeholder(tf.float32, shape=(8, 2, 5))
    cell = tf.nn.rnn_cell.GRUCell(num_units=3)
    return tf.nn.dynamic_rnn(cell, inputs=inputs, sequence_length=np.array([3, 5]), time_major=True, dtype=tf.float32,
                             scope=scope)


with tf.Graph().as_default():
    with tf.variable_scope("prefix") as scope:
        build(scope)
with tf.Graph().as_default():
    build("prefix")
with tf.Graph().as_default():
    build(None)
