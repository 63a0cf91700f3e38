# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testCreateSeparableConv2DDepthMultiplier: depth_multiplier=2: depthwise (3, 3, 4, 2), pointwise (1, 1, 8, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.SeparableConv2D(32, [3, 3], depth_multiplier=2)
output = layer.apply(images)
