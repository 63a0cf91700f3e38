# Transposed, separable, depthwise, grouped and dilated convolutions: weights and output shapes.
import keras
from keras import layers

seq = keras.Input(shape=(9, 4))
a = layers.Conv1DTranspose(3, 3, strides=2)(seq)
a = layers.SeparableConv1D(5, 3, depth_multiplier=2)(a)
a = layers.DepthwiseConv1D(3, depth_multiplier=2, padding="same")(a)
a = layers.Conv1D(6, 2, groups=2, dilation_rate=2)(a)
a = layers.Flatten()(a)
a = layers.Dense(2)(a)

image = keras.Input(shape=(7, 7, 3))
b = layers.Conv2DTranspose(4, 2, strides=3)(image)
b = layers.Conv2DTranspose(2, 3, strides=2, padding="same", output_padding=1)(b)
b = layers.SeparableConvolution2D(3, 3, strides=2)(b)
b = layers.DepthwiseConv2D((2, 3))(b)
b = layers.Flatten()(b)
b = layers.Dense(2)(b)

vol = keras.Input(shape=(4, 4, 4, 2))
c = layers.Conv3DTranspose(3, 2, strides=2, padding="same")(vol)
c = layers.Conv3D(2, 3, strides=2)(c)
c = layers.Flatten()(c)
c = layers.Dense(2)(c)
