# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv2DChannelsFirst: channels_first takes the input depth from axis 1: kernel
# (3, 3, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 4, 7, 9))
    layer = conv_layers.Conv2D(32, [3, 3], data_format="channels_first")
    output = layer.apply(images)
