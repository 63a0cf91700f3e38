# Keras's functional merge forms (layers.add, multiply, concatenate(axis=...), dot(axes=...), ...) build their
# class and call it: the merged shape sizes the next layers, and their auto names share the classes' counters.
import keras
from keras import layers

a = keras.Input(shape=(4, 6))
b = keras.Input(shape=(4, 6))
s = layers.add([a, b])
s = layers.Dense(2, name="after_add")(s)
d = layers.subtract([a, b], name="diff")
d = layers.Dense(3, name="after_subtract")(d)
m = layers.maximum([layers.multiply([a, b]), layers.average([a, b]), layers.minimum([a, b])])
m = layers.Dense(4, name="after_max")(m)
c = layers.concatenate([a, b], axis=1)
c = layers.Flatten()(c)
c = layers.Dense(5, name="after_concat")(c)
c2 = layers.concatenate([a, s])
c2 = layers.Dense(6, name="after_concat_last")(c2)
t = layers.dot([a, b], axes=2)
t = layers.Dense(7, name="after_dot")(t)
again = layers.Add()([a, b])
again = layers.Dense(1)(again)
model = keras.Model([a, b], [s, d, m, c, c2, t, again])
