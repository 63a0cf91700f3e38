# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testSeparableConv2DNoBias: use_bias=False: depthwise (3, 3, 4, 1) and pointwise (1, 1, 4, 32) only.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 7, 9, 4))
    layer = conv_layers.SeparableConv2D(32, [3, 3], activation=tf.nn.relu, use_bias=False)
    output = layer.apply(images)
