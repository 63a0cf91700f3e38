# Keras 3 life: layers.Normalization adapted to data before the model; regression compiled and fitted.
import numpy as np
import keras
from keras import layers

features = np.arange(40, dtype="float32").reshape(10, 4)
normalizer = layers.Normalization(axis=-1)
normalizer.adapt(features)

model = keras.Sequential([
    normalizer,
    layers.Dense(8, activation="relu"),
    layers.Dense(1),
])
model.compile(loss="mean_absolute_error", optimizer=keras.optimizers.Adam(0.01))
model.fit(features, np.zeros((10, 1), "float32"), epochs=1, verbose=0)
