# Port of keras 3.15.1 keras/src/layers/core/dense_test.py DenseTest.test_dense_errors: a Dense built by a (1, 2) KerasTensor raises ValueError "incompatible with the layer" when
# called on a (1, 3) one (recorded); its kernel (2, 2) and bias exist.
import numpy as np
import keras
import tensorflow as tf

from keras.src.backend.common import keras_tensor

layer = keras.layers.Dense(units=2, activation="relu")
layer(keras_tensor.KerasTensor((1, 2)))
layer(keras_tensor.KerasTensor((1, 3)))
