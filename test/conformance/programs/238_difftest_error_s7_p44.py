# Differential-test fixture (scripts/difftest/python, seed 7, program 44, shrunk).
# The analyzer differed from TensorFlow here: error: TF raised ValueError at 5: The tensor to initialize must be at least two-dimensional. Received: shape=(4,) of rank 1.
import tensorflow as tf
import keras
model0 = keras.Sequential()
model0.add(keras.Input(shape=(4,)))
model0.add(keras.layers.PReLU(alpha_initializer="orthogonal"))
