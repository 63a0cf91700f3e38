# Port of keras 3.15.1 keras/src/layers/core/dense_test.py DenseTest.test_dense_invalid_units_raises: Dense units 0, -3, 2.5, None (caught: markers) and "64" (recorded) raise ValueError
# "... positive integer ...".
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.Dense(0)
except ValueError:
    tf.Variable(0.0, name="caught_zero")
try:
    keras.layers.Dense(-3)
except ValueError:
    tf.Variable(0.0, name="caught_negative")
try:
    keras.layers.Dense(2.5)
except ValueError:
    tf.Variable(0.0, name="caught_float")
try:
    keras.layers.Dense(None)
except ValueError:
    tf.Variable(0.0, name="caught_none")
keras.layers.Dense("64")
