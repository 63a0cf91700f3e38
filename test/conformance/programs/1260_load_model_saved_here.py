# keras.models.load_model of a .keras file the program saved itself (keras/src/saving/saving_lib.py,
# serialization_lib.deserialize_keras_object): each layer re-made from its config with its name and built at once
# from its build config, the model compiled again from its compile config (a new optimizer of the same class and
# name, the loss tracker, the optimizer's slots), then the state walk's reference optimizer.
import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(7, 5))
seq, h, c = layers.LSTM(6, return_state=True, dropout=0.1)(inp)
x = layers.Dense(4, activation="relu", name="hidden")(h)
x = layers.Dropout(0.2)(x)
aux = layers.Dense(3, use_bias=False)(c)
out = layers.Concatenate()([x, aux])
model = keras.Model(inp, out)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01, amsgrad=True), loss="mse", metrics=["mae"])
model.fit(np.zeros((4, 7, 5)), np.zeros((4, 7)), epochs=1, verbose=0)
model.save("/tmp/tfscope_conformance_1260.keras")

loaded = keras.models.load_model("/tmp/tfscope_conformance_1260.keras")
again = keras.saving.load_model("/tmp/tfscope_conformance_1260.keras", compile=False)

seq_model = keras.Sequential([keras.Input((8,)), layers.Dense(5), layers.BatchNormalization(), layers.Dense(2)], name="seq")
seq_model.save("/tmp/tfscope_conformance_1260_seq.keras")
seq_loaded = keras.models.load_model("/tmp/tfscope_conformance_1260_seq.keras")
i2 = keras.Input((2,))
after = keras.Model(i2, layers.Dense(1)(i2))
