# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testUnknownInputChannelsConv3D: Conv3D on an undefined channel dimension raises ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    volumes = tf.placeholder(tf.float32, (5, 6, 7, 9, None))
    layer = conv_layers.Conv3D(32, [3, 3, 3], activation=tf.nn.relu)
    layer.apply(volumes)
