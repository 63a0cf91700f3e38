# Port of keras 3.15.1 keras/src/models/sequential_test.py SequentialTest.test_legacy_flow_with_input_shape: a first
# layer's input_shape= or input_dim= builds the model at once; a later layer's input_shape is ignored.
import keras
from keras import layers

model = keras.Sequential(name="seq")
model.add(layers.Dense(4, input_shape=(2,)))
model.add(layers.Dense(5))

model = keras.Sequential(name="seq")
model.add(layers.Dense(4, input_dim=2))
model.add(layers.Dense(5))

model = keras.Sequential(name="seq")
model.add(layers.Dense(4, input_shape=(2,)))
model.add(layers.Dense(5, input_shape=(3, 4)))
