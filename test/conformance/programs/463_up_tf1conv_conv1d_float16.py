# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testConv1DFloat16: functional conv1d on float16 data makes float16 variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

data = tf.random_uniform((5, 7, 4), dtype="float16")
output = conv_layers.conv1d(data, 32, 3, activation=tf.nn.relu)
