# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testCreateSeparableConvWithStrides: three strided SeparableConv2D layers (tuple, integer, unequal strides).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 6, 8, 3), seed=1)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=(2, 2), padding="same")
    output = layer.apply(images)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=2, padding="same")
    output = layer.apply(images)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=(2, 1), padding="same")
    output = layer.apply(images)
