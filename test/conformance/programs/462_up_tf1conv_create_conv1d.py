# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv1D: Conv1D(32, 3) on (5, 7, 4) makes conv1d/kernel (3, 4, 32) and bias (32,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

data = tf.random_uniform((5, 7, 4))
layer = conv_layers.Conv1D(32, 3, activation=tf.nn.relu)
output = layer.apply(data)
