# keras.models.load_model of the file a ModelCheckpoint callback wrote during fit (save_best_only: the first epoch
# always saves), a Sequential built by fit, compiled with SGD(momentum) and a string metric.
import numpy as np
import keras
from keras import layers

model = keras.Sequential([layers.Conv1D(4, 3, padding="same"), layers.GlobalAveragePooling1D(), layers.Dense(3, activation="softmax")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.9), loss="sparse_categorical_crossentropy", metrics=["sparse_categorical_accuracy"])
callbacks = [keras.callbacks.ModelCheckpoint("/tmp/tfscope_conformance_1261.keras", save_best_only=True, monitor="val_loss")]
model.fit(np.zeros((8, 10, 2)), np.zeros((8,)), epochs=1, validation_split=0.25, callbacks=callbacks, verbose=0)
best = keras.models.load_model("/tmp/tfscope_conformance_1261.keras")
best.evaluate(np.zeros((4, 10, 2)), np.zeros((4,)), verbose=0)
