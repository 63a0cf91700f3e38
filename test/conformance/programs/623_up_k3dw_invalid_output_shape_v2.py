# Port of keras 3.15.1 keras/src/layers/convolutional/depthwise_conv_test.py DepthwiseConvBasicTest.test_invalid_output_shape_raises: a DepthwiseConv1D whose output length would be <= 0 raises ValueError when called (caught:
# marker); the 2D case is recorded.
import numpy as np
import keras
import tensorflow as tf

np.random.seed(0)
x = np.random.rand(4, 10, 3).astype("float32")
layer = keras.layers.DepthwiseConv1D(11, strides=5, padding="valid", data_format="channels_last")
x2 = np.random.rand(2, 4, 4, 3).astype("float32")
layer2 = keras.layers.DepthwiseConv2D(5, strides=2, padding="valid", data_format="channels_last")
try:
    layer(x)
except ValueError:
    tf.Variable(0.0, name="caught_conv1d")
layer2(x2)
