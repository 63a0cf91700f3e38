# ConvLSTM1D/2D/3D: weights in a `conv_lstm_cell` sublayer, sized by the channel axis of each time step; output
# shapes from strides, padding, dilation and data_format, with and without return_sequences.
import keras
from keras import layers

video = keras.Input(shape=(5, 9, 10, 3))
x = layers.ConvLSTM2D(4, 3, padding="same", strides=(1, 2), return_sequences=True)(video)
x = layers.ConvLSTM2D(2, (2, 3), dilation_rate=(1, 2), unit_forget_bias=False)(x)
x = layers.Flatten()(x)
x = layers.Dense(3)(x)

frames = keras.Input(shape=(4, 3, 9, 10))
y = layers.ConvLSTM2D(2, 2, data_format="channels_first", use_bias=False, kernel_initializer="he_normal")(frames)
y = layers.Flatten()(y)
y = layers.Dense(1, name="cf_head")(y)

seq = keras.Input(shape=(6, 7, 3))
z = layers.ConvLSTM1D(2, 3, return_sequences=True)(seq)
z = layers.Flatten()(z)
z = layers.Dense(1, name="head_1d")(z)

vol = keras.Input(shape=(3, 5, 5, 5, 1))
w = layers.ConvLSTM3D(2, 2, strides=2, padding="same")(vol)
w = layers.Dense(1, name="head_3d")(w)
