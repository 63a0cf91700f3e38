# Ported from keras/src/models/cloning_test.py: test_cloning_correctness (mlp_functional, cnn_functional with shared
# layers, sequential, deferred_sequential), test_shared_layers_cloning, test_compiled_model_cloning; the test's model
# builders as written there (get_mlp_functional_model, get_cnn_functional_model, get_sequential_model).
import numpy as np
from keras import layers
from keras import models
from keras.models import clone_model


def get_mlp_functional_model(shared_layers=False):
    inputs = layers.Input(shape=(3,))
    x = layers.Dense(2)(inputs)
    if shared_layers:
        layer = layers.Dense(2, name="shared")
        x = layer(x)
        x = layer(x)
    outputs = layers.Dense(2)(x)
    model = models.Model(inputs, outputs)
    return model


def get_cnn_functional_model(shared_layers=False):
    inputs = layers.Input(shape=(7, 3))
    x = layers.Conv1D(2, 2, padding="same")(inputs)
    if shared_layers:
        layer = layers.Conv1D(2, 2, padding="same", name="shared")
        x = layer(x)
        x = layer(x)
    outputs = layers.Conv1D(2, 2, padding="same")(x)
    model = models.Model(inputs, outputs)
    return model


def get_sequential_model(explicit_input=True):
    model = models.Sequential()
    if explicit_input:
        model.add(layers.Input(shape=(3,)))
    model.add(layers.Dense(2))
    model.add(layers.Dense(2))
    return model


for model_fn, is_conv in [(get_mlp_functional_model, False), (lambda: get_cnn_functional_model(True), True), (get_sequential_model, False), (lambda: get_sequential_model(explicit_input=False), False)]:
    ref_input = np.random.random((2, 7, 3) if is_conv else (2, 3))
    model = model_fn()
    new_model = clone_model(model)
    model(ref_input)
    new_model(ref_input)
    new_model.set_weights(model.get_weights())

model = get_mlp_functional_model(shared_layers=True)
new_model = clone_model(model)

model = models.Sequential()
model.add(layers.Input((3,)))
model.add(layers.Dense(5, activation="relu"))
model.add(layers.Dense(1, activation="sigmoid"))
model.compile(optimizer="adam", loss="binary_crossentropy")
cloned_model = clone_model(model)
