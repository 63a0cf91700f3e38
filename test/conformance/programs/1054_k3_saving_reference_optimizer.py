# Keras 3 saving of a compiled model walks its optimizer, and saving_lib's get_attr_skipset("Optimizer") makes a
# reference Optimizer(1.0) each time (optimizer, optimizer_1, ...): model.save(".keras"), save_weights(".weights.h5"),
# load_weights of it, and ModelCheckpoint at each epoch's end (save_best_only: the first epoch saves when the
# monitored value exists). An uncompiled model's save walks no optimizer. (keras.io's programs checkpoint this way.)
import os
import tempfile

import numpy as np
import keras

os.chdir(tempfile.mkdtemp())
x = np.zeros((8, 3), "float32")
y = np.zeros((8, 2), "float32")

a = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
a.compile(optimizer="adam", loss="mse")
a.fit(x, y, epochs=2, verbose=0, callbacks=[keras.callbacks.ModelCheckpoint("a_{epoch}.keras")])
a.save("a.keras")
a.save_weights("a.weights.h5")
a.load_weights("a.weights.h5")

b = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
b.save("b.keras")

inputs = keras.Input(shape=(3,))
c = keras.Model(inputs, keras.layers.Dense(2)(inputs))
c.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
c.fit(x, y, epochs=1, verbose=0, validation_split=0.5, callbacks=[
    keras.callbacks.ModelCheckpoint("c.keras", save_best_only=True),
    keras.callbacks.ModelCheckpoint("c2.weights.h5", save_best_only=True, save_weights_only=True, monitor="loss"),
])
# no validation data: val_loss is not in the logs, so the best-only checkpoint never saves
c.fit(x, y, epochs=1, verbose=0, callbacks=[keras.callbacks.ModelCheckpoint("c3.keras", save_best_only=True)])
