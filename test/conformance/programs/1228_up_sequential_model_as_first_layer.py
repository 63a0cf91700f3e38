# Port of keras 3.15.1 keras/src/models/sequential_test.py SequentialTest.test_basic_flow_with_functional_model_as_first_layer,
# test_basic_flow_with_sequential_model_as_first_layer and test_basic_flow_as_a_submodel: a functional and a
# Sequential Conv2D model as the first layer of a Sequential (built at once), called on arrays; a Sequential of a
# Flatten wrapped in TimeDistributed inside a functional model.
import numpy as np
import keras
from keras import layers

inputs = keras.Input((16, 16, 3))
outputs = layers.Conv2D(4, 3, padding="same")(inputs)
functional_model = keras.Model(inputs=inputs, outputs=outputs)
model = keras.Sequential([functional_model, layers.Flatten(), layers.Dense(1)])
model.summary()
y = model(np.random.random((1, 16, 16, 3)))

sequential_model = keras.Sequential([keras.Input((16, 16, 3)), layers.Conv2D(4, 3, padding="same")])
model = keras.Sequential([sequential_model, layers.Flatten(), layers.Dense(1)])
model.summary()
y = model(np.random.random((1, 16, 16, 3)))

submodel = keras.Sequential()
submodel.add(layers.Flatten())
inputs = keras.Input((None, 4))
outputs = layers.TimeDistributed(submodel)(inputs)
model = keras.Model(inputs=inputs, outputs=outputs)
y = model(np.random.random((2, 3, 4)))
