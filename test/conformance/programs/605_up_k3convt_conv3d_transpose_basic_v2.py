# Port of keras 3.15.1 keras/src/layers/convolutional/conv_transpose_test.py ConvTransposeBasicTest.test_conv3d_transpose_basic: Conv3DTranspose kernels and biases (3 parameter sets, one layer each,
# built with build(input_shape) as run_layer_test does).
import keras

layer = keras.layers.Conv3DTranspose(filters=5, kernel_size=2, strides=2, padding='valid', output_padding=None, data_format='channels_last', dilation_rate=1)
layer.build((2, 8, 8, 8, 4))
layer = keras.layers.Conv3DTranspose(filters=6, kernel_size=2, strides=3, padding='same', output_padding=2, data_format='channels_last', dilation_rate=(1, 1, 1))
layer.build((2, 8, 8, 8, 4))
layer = keras.layers.Conv3DTranspose(filters=6, kernel_size=(2, 2, 3), strides=(2, 1, 2), padding='valid', output_padding=None, data_format='channels_last', dilation_rate=(1, 1, 1))
layer.build((2, 8, 8, 8, 4))
