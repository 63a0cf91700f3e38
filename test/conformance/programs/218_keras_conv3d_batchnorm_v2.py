# Conv3D changes the channel count that BatchNormalization and Dense are sized by.
import keras
from keras import layers, initializers as I

inp = keras.Input(shape=(8, 8, 8, 2))
x = layers.Conv3D(4, 3, kernel_initializer=I.VarianceScaling(2.0, "fan_out", "truncated_normal", seed=1))(inp)
x = layers.BatchNormalization(gamma_initializer=I.RandomUniform(0.9, 1.1, seed=3), beta_initializer=I.Constant(0.05))(x)
x = layers.Conv3D(3, (1, 2, 3), strides=2, padding="same", dilation_rate=1)(x)
x = layers.Flatten()(x)
x = layers.Dense(16, kernel_initializer=I.TruncatedNormal(stddev=0.1, seed=4))(x)
model = keras.Model(inp, x, name="vol")

# channels_first: the channel axis is 1 for the kernel, BatchNormalization(axis=1) and the output.
cf = keras.Input(shape=(3, 10, 12))
c = layers.Conv2D(5, 3, data_format="channels_first")(cf)
c = layers.BatchNormalization(axis=1)(c)
c = layers.MaxPooling2D(2, data_format="channels_first")(c)
c = layers.Conv2D(2, 2, dilation_rate=2, data_format="channels_first")(c)
c = layers.Flatten()(c)
c = layers.Dense(3)(c)
