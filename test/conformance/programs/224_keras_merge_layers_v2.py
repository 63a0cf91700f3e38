# Merge and attention layers called on lists: the merged shape sizes the next Dense.
import keras
from keras import layers

a = keras.Input(shape=(4, 6))
b = keras.Input(shape=(4, 3))
c = layers.Concatenate()([a, b])
c = layers.Dense(2)(c)
d = layers.Concatenate(axis=1)([a, a])
d = layers.Flatten()(d)
d = layers.Dense(3)(d)
e = layers.Add()([a, a])
e = layers.Dense(5)(e)
f = layers.Multiply()([b, b])
f = layers.Dense(4)(f)
g = layers.Dot(axes=(2, 2))([a, a])
g = layers.Dense(1)(g)
h = layers.Attention()([a, b])
h = layers.Dense(7)(h)
v1 = keras.Input(shape=(5,))
v = layers.Dot(axes=1)([v1, v1])
v = layers.Dense(2)(v)
