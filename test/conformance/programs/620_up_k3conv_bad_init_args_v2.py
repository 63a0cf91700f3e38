# Port of keras 3.15.1 keras/src/layers/convolutional/conv_test.py ConvBasicTest.test_bad_init_args: invalid filters/kernel_size/strides/dilation+strides/groups raise ValueError at construction
# (caught: marker variables); filters not divisible by groups is recorded.
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.Conv1D(filters=0, kernel_size=1)
except ValueError:
    tf.Variable(0.0, name="caught_filters")
try:
    keras.layers.Conv2D(filters=2, kernel_size=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_size")
try:
    keras.layers.Conv2D(filters=2, kernel_size=(2, 2), strides=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_strides")
try:
    keras.layers.Conv2D(filters=2, kernel_size=(2, 2), strides=2, dilation_rate=(2, 1))
except ValueError:
    tf.Variable(0.0, name="caught_dilation_with_strides")
try:
    keras.layers.Conv2D(filters=5, kernel_size=(2, 2), groups=0)
except ValueError:
    tf.Variable(0.0, name="caught_groups")
keras.layers.Conv2D(filters=5, kernel_size=(2, 2), groups=2)
