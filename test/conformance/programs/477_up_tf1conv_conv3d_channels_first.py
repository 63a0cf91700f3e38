# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testConv3DChannelsFirst: functional conv3d, channels_first, on [None, 1, 32, 32, 32]: kernel
# (9, 9, 9, 1, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.placeholder(dtype=tf.float32, shape=[None, 1, 32, 32, 32])
    conv_layers.conv3d(images, 32, 9, data_format="channels_first")
