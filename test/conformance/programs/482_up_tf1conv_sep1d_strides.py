# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testCreateSeparableConv1DWithStrides: strides=2 with same padding on (5, 10, 3).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

data = tf.random_uniform((5, 10, 3), seed=1)
layer = conv_layers.SeparableConv1D(32, 3, strides=2, padding="same")
output = layer.apply(data)
