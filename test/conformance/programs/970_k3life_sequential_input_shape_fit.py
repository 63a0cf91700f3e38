# Keras 3 life: a Sequential whose first layer takes input_shape= (an InputLayer added for it), a Conv1D stack,
# compiled with Nadam and categorical accuracy; fit() twice and predict().
import numpy as np
import keras
from keras import layers

model = keras.Sequential()
model.add(layers.Conv1D(8, 3, activation="relu", input_shape=(16, 2)))
model.add(layers.MaxPooling1D(2))
model.add(layers.Conv1D(4, 3, activation="relu"))
model.add(layers.GlobalMaxPooling1D())
model.add(layers.Dense(3, activation="softmax"))
model.compile(optimizer=keras.optimizers.Nadam(), loss="categorical_crossentropy", metrics=["categorical_accuracy"])
x = np.zeros((6, 16, 2), "float32")
y = np.zeros((6, 3), "float32")
model.fit(x, y, epochs=1, verbose=0)
model.fit(x, y, epochs=1, verbose=0)
model.predict(x, verbose=0)
