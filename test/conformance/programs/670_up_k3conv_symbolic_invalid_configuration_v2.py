# Port of keras 3.15.1 keras/src/layers/convolutional/conv_test.py ConvBasicTest.test_conv_symbolic_invalid_configuration: Conv1D/2D/3D with kernel 2 and dilation 10 on 10-long symbolic inputs raise ValueError when
# called (1D, 2D caught: markers; 3D recorded).
import numpy as np
import keras
import tensorflow as tf

inputs = keras.layers.Input(shape=(10, 3))
try:
    keras.layers.Conv1D(filters=1, kernel_size=2, dilation_rate=10)(inputs)
except ValueError:
    tf.Variable(0.0, name="caught_conv1d")
inputs = keras.layers.Input(shape=(10, 10, 3))
try:
    keras.layers.Conv2D(filters=1, kernel_size=(2, 2), dilation_rate=(10, 10))(inputs)
except ValueError:
    tf.Variable(0.0, name="caught_conv2d")
inputs = keras.layers.Input(shape=(10, 10, 10, 3))
keras.layers.Conv3D(filters=1, kernel_size=(2, 2, 2), dilation_rate=(10, 10, 10))(inputs)
