# Ported from keras/src/saving/saving_lib_test.py (test_compile_preserved with _get_basic_sequential_model and
# _get_basic_functional_model; "mse" for the test's registered my_mean_squared_error): a model compiled with a
# metric object and a string metric, fit, evaluated, saved and loaded (the metric object made again from its config),
# then the loaded model evaluated.
import numpy as np
import keras


def basic_sequential():
    m = keras.Sequential([keras.layers.Dense(1, name="dense_1"), keras.layers.Dense(1, name="dense_2")], name="sequential")
    m.compile(optimizer="adam", loss="mse", metrics=[keras.metrics.Hinge(), "mse"])
    return m


def basic_functional():
    inputs = keras.Input(shape=(4,), batch_size=2)
    x = keras.layers.Dense(1, name="first_dense")(inputs)
    outputs = keras.layers.Dense(1, name="second_dense")(x)
    m = keras.Model(inputs, outputs)
    m.compile(optimizer="adam", loss="mse", metrics=[keras.metrics.Hinge(), "mse"])
    return m


for i, model_fn in enumerate([basic_sequential, basic_functional]):
    model = model_fn()
    x_ref = np.random.random((2, 4))
    y_ref = np.random.random((2, 1))
    model.fit(x_ref, y_ref, verbose=0)
    out_ref = model(x_ref)
    ref_metrics = model.evaluate(x_ref, y_ref, verbose=0)
    temp_filepath = "/tmp/tfscope_conformance_1263_%d.keras" % i
    model.save(temp_filepath)
    loaded_model = keras.saving.load_model(temp_filepath)
    loaded_model(x_ref)
    new_metrics = loaded_model.evaluate(x_ref, y_ref, verbose=0)
