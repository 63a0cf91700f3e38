# Keras 3 life: a frozen feature extractor (trainable=False) under a new head; fit() makes slots only for the head.
import numpy as np
import keras
from keras import layers

base = keras.Sequential([
    keras.Input(shape=(10,)),
    layers.Dense(12, activation="relu"),
    layers.BatchNormalization(),
], name="base")
base.trainable = False

inputs = keras.Input(shape=(10,))
x = base(inputs, training=False)
outputs = layers.Dense(3, name="head")(x)
model = keras.Model(inputs, outputs, name="transfer")
model.compile(optimizer=keras.optimizers.SGD(momentum=0.5), loss="mse",
              metrics=[keras.metrics.RootMeanSquaredError()])
model.fit(np.zeros((6, 10), "float32"), np.zeros((6, 3), "float32"), epochs=1, verbose=0)
