# Ported from keras/src/saving/saving_api_test.py (LoadModelTests.test_basic_load, each dtype parameter;
# SaveModelTests.test_basic_saving) and saving_lib_test.py (test_compile_arg, test_load_model_containing_reused_layer):
# keras.saving.save_model / load_model of Sequential and functional models, compile=False.
import numpy as np
import keras
from keras import layers


def get_model(dtype=None):
    return keras.Sequential([layers.Dense(5, input_shape=(3,), dtype=dtype), layers.Softmax()])


for i, dtype in enumerate(["bfloat16", "float16", "float32", "float64", None]):
    model = get_model(dtype)
    filepath = "/tmp/tfscope_conformance_1262_%d.keras" % i
    keras.saving.save_model(model, filepath)
    loaded_model = keras.saving.load_model(filepath)
    x = np.random.uniform(size=(10, 3))
    model.predict(x, verbose=0)
    loaded_model.predict(x, verbose=0)

inputs = keras.Input(shape=(4,), batch_size=2)
x = layers.Dense(1, name="first_dense")(inputs)
outputs = layers.Dense(1, name="second_dense")(x)
model = keras.Model(inputs, outputs)
model.compile("sgd", "mse")
model.fit(np.random.random((2, 4)), np.random.random((2, 1)), verbose=0)
keras.models.save_model(model, "/tmp/tfscope_conformance_1262_f.keras")
model = keras.models.load_model("/tmp/tfscope_conformance_1262_f.keras")
model = keras.models.load_model("/tmp/tfscope_conformance_1262_f.keras", compile=False)

inputs = keras.Input((4,))
reused_layer = layers.Dense(4)
x = reused_layer(inputs)
x = layers.Dense(4)(x)
outputs = reused_layer(x)
model = keras.Model(inputs, outputs)
model.save("/tmp/tfscope_conformance_1262_r.keras")
new_model = keras.models.load_model("/tmp/tfscope_conformance_1262_r.keras")
