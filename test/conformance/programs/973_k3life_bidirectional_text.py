# Keras 3 life: an Embedding + Bidirectional LSTM text classifier (tutorial style) with binary accuracy, trained by
# train_on_batch and then evaluated.
import numpy as np
import keras
from keras import layers

vocab, maxlen = 50, 12
inputs = keras.Input(shape=(maxlen,), dtype="int32")
x = layers.Embedding(vocab, 16)(inputs)
x = layers.Bidirectional(layers.LSTM(8))(x)
x = layers.Dropout(0.5)(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(amsgrad=True), loss="binary_crossentropy", metrics=["binary_accuracy"])
tokens = np.zeros((4, maxlen), "int32")
labels = np.zeros((4, 1), "float32")
model.train_on_batch(tokens, labels)
model.evaluate(tokens, labels, verbose=0)
