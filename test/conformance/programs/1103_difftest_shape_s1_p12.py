# Differential-test fixture (scripts/difftest/python, seed 1, program 12, shrunk).
# The analyzer differed from TensorFlow here: scaled_dense/kernel: shape expected [3,1], got [3,null]
import numpy as np
import keras
class ScaledDense(keras.layers.Dense):
    def call(self, x):
        return super().call(x) * 2.0
class Pool(keras.layers.Layer):
    def call(self, x):
        return keras.ops.mean(x, axis=1)
inputs = keras.Input(shape=(5, 3))
x = inputs
x = ScaledDense(1)(x)
x = Pool()(x)
x = keras.layers.Dense(7)(x)
model = keras.Model(inputs, x)
