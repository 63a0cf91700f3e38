# Port of keras 3.15.1 keras/src/layers/convolutional/conv_transpose_test.py ConvTransposeBasicTest.test_bad_init_args: invalid filters/kernel_size/strides and output_padding >= strides raise ValueError at
# construction (caught: markers); the last (Conv3DTranspose output_padding=1, strides=1) is recorded.
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.Conv1DTranspose(filters=0, kernel_size=1)
except ValueError:
    tf.Variable(0.0, name="caught_filters")
try:
    keras.layers.Conv2DTranspose(filters=2, kernel_size=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_size")
try:
    keras.layers.Conv2DTranspose(filters=2, kernel_size=(2, 2), strides=(1, 0))
except ValueError:
    tf.Variable(0.0, name="caught_strides")
try:
    keras.layers.Conv1DTranspose(filters=2, kernel_size=3, strides=2, output_padding=2)
except ValueError:
    tf.Variable(0.0, name="caught_output_padding_1d")
try:
    keras.layers.Conv2DTranspose(filters=2, kernel_size=3, strides=2, output_padding=3)
except ValueError:
    tf.Variable(0.0, name="caught_output_padding_2d")
try:
    keras.layers.Conv2DTranspose(filters=2, kernel_size=3, strides=(2, 3), output_padding=(1, 3))
except ValueError:
    tf.Variable(0.0, name="caught_output_padding_tuple")
try:
    keras.layers.Conv2DTranspose(filters=2, kernel_size=(2, 2), strides=2, dilation_rate=(2, 1))
except ValueError:
    tf.Variable(0.0, name="caught_dilation_with_strides")
try:
    keras.layers.Conv1DTranspose(filters=2, kernel_size=2, strides=2, output_padding=2)
except ValueError:
    tf.Variable(0.0, name="caught_output_padding_1d_k2")
try:
    keras.layers.Conv2DTranspose(filters=16, kernel_size=3, strides=[1, 1], output_padding=1)
except ValueError:
    tf.Variable(0.0, name="caught_output_padding_2d_list")
keras.layers.Conv3DTranspose(filters=8, kernel_size=3, strides=1, output_padding=1)
