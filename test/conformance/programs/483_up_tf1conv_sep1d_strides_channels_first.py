# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testCreateSeparableConv1DWithStridesChannelsFirst: strides=2, channels_first on (5, 3, 10).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.random_uniform((5, 3, 10), seed=1)
    layer = conv_layers.SeparableConv1D(32, 3, strides=2, padding="same", data_format="channels_first")
    output = layer.apply(data)
