# Port of keras 3.15.1 keras/src/models/sequential_test.py SequentialTest.test_basic_flow_with_input and
# test_basic_flow_deferred (without the internal KerasTensor calls, gap 641): Sequential models with an Input and
# batch size, built from the constructor's list, deferred until called on an array, and pop() then called again.
import numpy as np
import keras
from keras import layers

model = keras.Sequential(name="seq")
model.add(keras.Input(shape=(2,), batch_size=3))
model.add(layers.Dense(4))
model.add(layers.Dense(5))
model.summary()
y = model(np.random.random((3, 2)))

model = keras.Sequential(layers=[keras.Input(shape=(2,), batch_size=3), layers.Dense(4), layers.Dense(5)])
y = model(np.random.random((3, 2)))
model.pop()
y = model(np.random.random((3, 2)))

model = keras.Sequential(name="seq")
model.add(layers.Dense(4))
model.add(layers.Dense(5))
model.summary()
y = model(np.random.random((3, 2)))
model.summary()

model = keras.Sequential(layers=[layers.Dense(4), layers.Dense(5)])
y = model(np.random.random((3, 2)))
model.pop()
y = model(np.random.random((3, 2)))
keras.Variable(np.zeros(y.shape), name="popped_output")
