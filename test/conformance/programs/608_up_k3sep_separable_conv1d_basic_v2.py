# Port of keras 3.15.1 keras/src/layers/convolutional/separable_conv_test.py SeparableConvBasicTest.test_separable_conv1d_basic: SeparableConv1D depthwise/pointwise kernels and biases (3 parameter sets, one layer each,
# built with build(input_shape) as run_layer_test does).
import keras

layer = keras.layers.SeparableConv1D(depth_multiplier=5, filters=5, kernel_size=2, strides=1, padding='valid', data_format='channels_last', dilation_rate=1)
layer.build((3, 5, 4))
layer = keras.layers.SeparableConv1D(depth_multiplier=6, filters=6, kernel_size=2, strides=1, padding='same', data_format='channels_last', dilation_rate=(2,))
layer.build((3, 4, 4))
layer = keras.layers.SeparableConv1D(depth_multiplier=6, filters=6, kernel_size=2, strides=(2,), padding='valid', data_format='channels_last', dilation_rate=1)
layer.build((3, 5, 4))
