# Keras 3 life: a subclassed model built by calling it on a tensor; a second model via build(); two summaries.
import numpy as np
import keras
from keras import layers


class Tower(keras.Model):
    def __init__(self, widths, **kwargs):
        super().__init__(**kwargs)
        self.blocks = [layers.Dense(w, activation="relu") for w in widths]
        self.out = layers.Dense(1, use_bias=False)

    def call(self, x):
        for block in self.blocks:
            x = block(x)
        return self.out(x)


tower = Tower([16, 8], name="tower")
y = tower(np.zeros((2, 5), "float32"))
other = Tower([4])
other.build((None, 3))
