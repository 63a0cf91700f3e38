# Keras 3 life: a two-input functional model joined with layers.concatenate (the function) and a GRU with
# return_state; compiled with default optimizer (rmsprop) and string metrics, then evaluated.
import numpy as np
import keras
from keras import layers

title = keras.Input(shape=(6, 4), name="title")
tags = keras.Input(shape=(5,), name="tags")
seq, state = layers.GRU(8, return_state=True)(title)
merged = layers.concatenate([seq, state, tags], axis=-1)
hidden = layers.Dense(16, activation="relu")(merged)
priority = layers.Dense(1, name="priority")(hidden)
model = keras.Model(inputs=[title, tags], outputs=priority)
model.compile(loss="mse", metrics=["mae", "mse"])
model.evaluate([np.zeros((4, 6, 4), "float32"), np.zeros((4, 5), "float32")], np.zeros((4, 1), "float32"), verbose=0)
