# Port of keras 3.15.1 keras/src/layers/core/dense_test.py DenseTest.test_dense_basics: a Dense(4) without bias on (2, 3) and a Dense(5) with l2 regularizers on (2, 3, 4):
# dense/kernel (3, 4); dense_1/kernel (4, 5), dense_1/bias (5,).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Dense(units=4, activation="relu", kernel_initializer="random_uniform", bias_initializer="ones", use_bias=False)
layer.build((2, 3))
layer = keras.layers.Dense(units=5, activation="sigmoid", kernel_regularizer="l2", bias_regularizer="l2")
layer.build((2, 3, 4))
