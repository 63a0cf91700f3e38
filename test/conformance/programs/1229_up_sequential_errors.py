# Port of keras 3.15.1 keras/src/models/sequential_test.py SequentialTest.test_errors and test_nested_sequential: a
# second Input or InputLayer ("already been configured"), two layers named alike ("should have unique names"), a
# model with no layers called, and build() on another shape each raise ValueError (markers); the building shape
# that agrees works; a Sequential holding a Sequential with only an Input. The last conflict's error is recorded.
import numpy as np
import keras
from keras import layers

model = keras.Sequential()
model.add(keras.Input(shape=(2,), batch_size=3))
try:
    model.add(keras.Input(shape=(2,), batch_size=3))
except ValueError:
    keras.Variable(0.0, name="caught_second_input")
try:
    model.add(layers.InputLayer(shape=(2,), batch_size=3))
except ValueError:
    keras.Variable(0.0, name="caught_second_input_layer")

model = keras.Sequential()
model.add(layers.Dense(2, name="dense"))
try:
    model.add(layers.Dense(2, name="dense"))
except ValueError:
    keras.Variable(0.0, name="caught_same_name")

model = keras.Sequential()
try:
    model(np.random.random((3, 2)))
except ValueError:
    keras.Variable(0.0, name="caught_no_layers")

inner = keras.Sequential()
inner.add(keras.Input(shape=(16,)))
keras.Sequential([inner])

model = keras.Sequential()
model.add(keras.Input(shape=(2,), batch_size=3))
model.add(layers.Dense(2))
model.build((3, 2))
model.build((3, 4))
