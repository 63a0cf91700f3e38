# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testCreateSeparableConv2DChannelsFirst: channels_first on (5, 4, 7, 9): depthwise (3, 3, 4, 1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 4, 7, 9))
    layer = conv_layers.SeparableConv2D(32, [3, 3], data_format="channels_first")
    output = layer.apply(images)
