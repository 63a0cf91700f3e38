# Input dimensions read back from a placeholder's static shape.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 20])
img = tf.placeholder(tf.float32, [None, 28, 28, 3])
in_dim = x.get_shape()[-1]
w = tf.get_variable("w", [in_dim, 10])
w2 = tf.get_variable("w2", [int(x.shape[1]), 5])
channels = img.shape.as_list()[-1]
k = tf.get_variable("k", [3, 3, channels, 8])
