# Port of keras 3.15.1 keras/src/layers/convolutional/separable_conv_test.py SeparableConvBasicTest.test_bad_init_args: invalid depth_multiplier/filters/kernel_size raise ValueError (caught: markers); strides
# with a zero is recorded.
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.SeparableConv1D(depth_multiplier=0, filters=1, kernel_size=1)
except ValueError:
    tf.Variable(0.0, name="caught_depth_multiplier")
try:
    keras.layers.SeparableConv1D(depth_multiplier=1, filters=0, kernel_size=1)
except ValueError:
    tf.Variable(0.0, name="caught_filters")
try:
    keras.layers.SeparableConv2D(depth_multiplier=2, filters=2, kernel_size=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_size")
keras.layers.SeparableConv2D(depth_multiplier=2, filters=2, kernel_size=(2, 2), strides=(1, 0))
