# Differential-test fixture (scripts/difftest/python, seed 1, program 3, shrunk).
# The analyzer differed from TensorFlow here: names: expected 1, got 1
import numpy as np
import keras
class InitWeights(keras.layers.Layer):
    def __init__(self, dim, units, **kwargs):
        super().__init__(**kwargs)
        self.kernel = self.add_weight(shape=(dim, units), initializer="glorot_uniform", name="kernel")
    def call(self, x):
        return keras.ops.matmul(x, self.kernel)
class Net(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.blocks = [keras.layers.Dense(6), InitWeights(6, 1)]
    def call(self, x):
        for layer in self.blocks:
            x = layer(x)
        return x
model = Net(name="tiny")
