# Port of keras 3.15.1 keras/src/layers/convolutional/depthwise_conv_test.py DepthwiseConvBasicTest.test_depthwise_conv2d_basic: DepthwiseConv2D kernels and biases (3 parameter sets, one layer each,
# built with build(input_shape) as run_layer_test does).
import keras

layer = keras.layers.DepthwiseConv2D(depth_multiplier=5, kernel_size=2, strides=1, padding='valid', data_format='channels_last', dilation_rate=1)
layer.build((3, 5, 5, 4))
layer = keras.layers.DepthwiseConv2D(depth_multiplier=6, kernel_size=2, strides=1, padding='same', data_format='channels_last', dilation_rate=(2, 2))
layer.build((3, 4, 4, 4))
layer = keras.layers.DepthwiseConv2D(depth_multiplier=6, kernel_size=(2, 2), strides=(2, 2), padding='valid', data_format='channels_last', dilation_rate=(1, 1))
layer.build((3, 5, 5, 4))
