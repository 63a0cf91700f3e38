# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testCreateSeparableConvWithStridesChannelsFirst: the same three strided layers with channels_first on (5, 3, 6, 8).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 3, 6, 8), seed=1)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=(2, 2), padding="same", data_format="channels_first")
    output = layer.apply(images)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=2, padding="same", data_format="channels_first")
    output = layer.apply(images)
    layer = conv_layers.SeparableConv2D(32, [3, 3], strides=(2, 1), padding="same", data_format="channels_first")
    output = layer.apply(images)
