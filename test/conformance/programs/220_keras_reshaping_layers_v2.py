# Reshaping layers: up-sampling, padding, cropping, reshape, permute, repeat; Dense/LSTM show the shapes.
import keras
from keras import layers

image = keras.Input(shape=(6, 8, 3))
x = layers.UpSampling2D((2, 3))(image)
x = layers.ZeroPadding2D(((1, 0), (2, 3)))(x)
x = layers.Cropping2D((2, 1))(x)
x = layers.Conv2D(4, 3)(x)
x = layers.Reshape((-1, 4))(x)
x = layers.Dense(5)(x)
x = layers.Permute((2, 1))(x)
x = layers.Dense(3)(x)

seq = keras.Input(shape=(10, 2))
s = layers.UpSampling1D(3)(seq)
s = layers.ZeroPadding1D((1, 2))(s)
s = layers.Cropping1D(4)(s)
s = layers.Flatten()(s)
s = layers.RepeatVector(4)(s)
s = layers.LSTM(3)(s)

vol = keras.Input(shape=(4, 4, 4, 1))
v = layers.UpSampling3D()(vol)
v = layers.ZeroPadding3D(1)(v)
v = layers.Cropping3D(((0, 1), (2, 0), 1))(v)
v = layers.Reshape((8, -1))(v)
v = layers.Dense(2)(v)
