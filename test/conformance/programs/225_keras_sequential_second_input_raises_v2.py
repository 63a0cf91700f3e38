# A second Input for a Sequential model raises (Keras 3 Sequential.add).
import keras

model = keras.Sequential(name="twice")
model.add(keras.Input(shape=(4,)))
model.add(keras.layers.Dense(2))
model.add(keras.Input(shape=(5,)))
