# Keras 3 life: optimizer, loss and metric objects; train_on_batch creates the SGD momentum slots.
import numpy as np
import keras
from keras import layers

model = keras.Sequential(name="classifier")
model.add(keras.Input(shape=(8,)))
model.add(layers.Dense(16, activation="relu", name="hidden"))
model.add(layers.Dense(1, activation="sigmoid", name="out"))

opt = keras.optimizers.SGD(learning_rate=0.05, momentum=0.9)
model.compile(optimizer=opt, loss=keras.losses.BinaryCrossentropy(),
              metrics=[keras.metrics.BinaryAccuracy(name="acc"), keras.metrics.AUC(num_thresholds=50)])
x = np.ones((4, 8), dtype="float32")
y = np.zeros((4, 1), dtype="float32")
model.train_on_batch(x, y)
