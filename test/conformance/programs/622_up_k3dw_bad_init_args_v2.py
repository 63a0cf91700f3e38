# Port of keras 3.15.1 keras/src/layers/convolutional/depthwise_conv_test.py DepthwiseConvBasicTest.test_bad_init_args: invalid depth_multiplier/kernel_size raise ValueError (caught: markers); strides with a
# zero is recorded.
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.DepthwiseConv1D(depth_multiplier=0, kernel_size=1)
except ValueError:
    tf.Variable(0.0, name="caught_depth_multiplier")
try:
    keras.layers.DepthwiseConv2D(depth_multiplier=2, kernel_size=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_size")
keras.layers.DepthwiseConv2D(depth_multiplier=2, kernel_size=(2, 2), strides=(1, 0))
