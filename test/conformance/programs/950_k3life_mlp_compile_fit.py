# Keras 3 life: a Sequential MLP compiled with string optimizer/loss/metrics and fitted (tutorial style).
# fit() builds the compiled loss tracker and metrics and the optimizer's slots.
import numpy as np
import keras
from keras import layers

x_train = np.zeros((32, 20), dtype="float32")
y_train = np.zeros((32,), dtype="int32")

model = keras.Sequential([
    keras.Input(shape=(20,)),
    layers.Dense(64, activation="relu"),
    layers.Dropout(0.5),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=16, epochs=1, verbose=0)
