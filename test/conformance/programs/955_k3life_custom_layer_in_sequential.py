# Keras 3 life: a custom layer with add_weight in build(), listed inside keras.Sequential([...]); evaluate().
import numpy as np
import keras
from keras import layers


class Linear(layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True)
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True)

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.w) + self.b


model = keras.Sequential([Linear(16), layers.ReLU(), Linear(2)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="mse", metrics=["mae"])
model.evaluate(np.zeros((4, 7), "float32"), np.zeros((4, 2), "float32"), verbose=0)
