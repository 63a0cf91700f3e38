# Port of keras 3.15.1 keras/src/layers/convolutional/conv_test.py ConvBasicTest.test_conv_constraints: Conv2D(4, 3) with kernel/bias "non_neg" constraints built on (None, 5, 5, 3): (3, 3, 3, 4) kernels.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Conv2D(filters=4, kernel_size=3, kernel_constraint="non_neg")
layer.build((None, 5, 5, 3))
layer = keras.layers.Conv2D(filters=4, kernel_size=3, bias_constraint="non_neg")
layer.build((None, 5, 5, 3))
