# Sequential.add builds as layers are added once the input is known (keras.Input, input_shape=, build).
import keras
from keras import layers

m1 = keras.Sequential(name="m1")
m1.add(keras.Input(shape=(50,)))
m1.add(layers.Dense(4))
m1.add(layers.Dense(2))

m2 = keras.Sequential(name="m2")
m2.add(layers.Dense(30, input_shape=(12,)))
m2.add(layers.Dense(6))

m3 = keras.Sequential(name="m3")
m3.add(layers.Dense(5))
m3.add(layers.Dense(3))
m3.build((None, 7))
m3.add(layers.Dense(1))

m4 = keras.Sequential([keras.Input(shape=(8, 8, 1)), layers.Conv2D(2, 3)], name="m4")
m4.add(layers.MaxPooling2D())
m4.add(layers.Flatten())
m4.add(layers.Dense(3))
m4.pop()
m4.add(layers.Dense(4))

m5 = keras.Sequential(name="m5")
m5.add(layers.Dense(3))
m5.add(layers.Dense(2))
