# Keras 3 life: a subclassed Model, unbuilt until fit() runs it; RMSprop given as a string.
import numpy as np
import keras
from keras import layers


class TwoLayerNet(keras.Model):
    def __init__(self, hidden=32, classes=3):
        super().__init__()
        self.dense1 = layers.Dense(hidden, activation="relu")
        self.dense2 = layers.Dense(classes)

    def call(self, inputs):
        return self.dense2(self.dense1(inputs))


model = TwoLayerNet()
model.compile(optimizer="rmsprop", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(np.zeros((8, 5), "float32"), np.zeros((8,), "int32"), epochs=1, verbose=0)
