# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testCreateSeparableConv1DDepthMultiplier: depth_multiplier=2: depthwise (3, 4, 2), pointwise (1, 8, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

data = tf.random_uniform((5, 9, 4))
layer = conv_layers.SeparableConv1D(32, 3, depth_multiplier=2)
output = layer.apply(data)
