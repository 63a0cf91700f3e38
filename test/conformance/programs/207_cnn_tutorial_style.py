# Tutorial-style CNN: tf.Variable helpers with truncated-normal weights and constant biases.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def weight_variable(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.1))


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 28, 28, 1])
W_conv1 = weight_variable([5, 5, 1, 32])
b_conv1 = bias_variable([32])
h = tf.nn.max_pool(tf.nn.relu(tf.nn.conv2d(x, W_conv1, [1, 1, 1, 1], "SAME") + b_conv1), [1, 2, 2, 1], [1, 2, 2, 1], "SAME")
W_conv2 = weight_variable([5, 5, 32, 64])
b_conv2 = bias_variable([64])
W_fc1 = weight_variable([7 * 7 * 64, 1024])
b_fc1 = bias_variable([1024])
