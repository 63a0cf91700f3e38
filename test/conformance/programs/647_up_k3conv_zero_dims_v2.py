# Port of keras 3.15.1 keras/src/layers/convolutional/conv_test.py ConvBasicTest.test_conv_raises_exception_on_zero_dims: a 5x5 valid Conv2D called on a 4x4 input raises (recorded; the type depends on the backend).
import numpy as np
import keras
import tensorflow as tf

np.random.seed(0)
x = np.random.rand(3, 4, 4, 4)
l = keras.layers.Conv2D(6, [5, 5], 1, "valid")
l(x)
