# Pooling layers change the shape that later weights are sized by (Keras 3 rules, aliases included).
import keras
from keras import layers

image = keras.Input(shape=(32, 32, 3))
x = layers.MaxPooling2D()(image)
x = layers.Flatten()(x)
head = layers.Dense(10)(x)

y = layers.Convolution2D(8, 3, strides=2)(image)
y = layers.AveragePooling2D(3, strides=2, padding="same")(y)
y = layers.MaxPool2D(pool_size=(2, 3), padding="valid")(y)
y = layers.Conv2D(4, 2, padding="same")(y)
y = layers.Flatten()(y)
y = layers.Dense(5)(y)

g = layers.GlobalAveragePooling2D()(image)
g = layers.Dense(6)(g)
gk = layers.GlobalMaxPool2D(keepdims=True)(image)
gk = layers.Flatten()(gk)
gk = layers.Dense(2)(gk)

seq = keras.Input(shape=(20, 4))
s = layers.MaxPooling1D(3)(seq)
s = layers.Conv1D(6, 2, padding="causal", strides=2)(s)
s = layers.AveragePooling1D(2, padding="same")(s)
s = layers.Flatten()(s)
s = layers.Dense(3)(s)
t = layers.GlobalMaxPooling1D()(seq)
t = layers.Dense(7)(t)

vol = keras.Input(shape=(9, 9, 9, 2))
v = layers.MaxPooling3D(pool_size=2, strides=(1, 2, 3))(vol)
v = layers.AveragePooling3D(2, padding="same")(v)
v = layers.Flatten()(v)
v = layers.Dense(4)(v)
