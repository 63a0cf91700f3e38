# Workspace helper module (not an entry): layer builders used by several programs.
import tensorflow.compat.v1 as tf

DEFAULT_STDDEV = 0.1


def conv_relu(inputs, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape,
                              initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(inputs, weights, strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv + biases)


def dense(x, in_dim, out_dim, name, stddev=DEFAULT_STDDEV):
    with tf.variable_scope(name):
        w = tf.get_variable("w", [in_dim, out_dim],
                            initializer=tf.truncated_normal_initializer(stddev=stddev))
        b = tf.get_variable("b", [out_dim], initializer=tf.zeros_initializer())
    return tf.matmul(x, w) + b


def make_bias(name, size):
    return tf.get_variable(name, [size], initializer=tf.ones_initializer())
