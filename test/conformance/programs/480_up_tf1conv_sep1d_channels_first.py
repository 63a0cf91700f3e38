# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testCreateSeparableConv1DChannelsFirst: channels_first on (5, 4, 9): depthwise (3, 4, 1), pointwise (1, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.random_uniform((5, 4, 9))
    layer = conv_layers.SeparableConv1D(32, 3, data_format="channels_first")
    output = layer.apply(data)
