# Port of keras 3.15.1 keras/src/layers/core/dense_test.py DenseTest.test_dense_constraints: kernel_constraint / bias_constraint "non_neg" do not change the (2, 2) kernels and (2,) biases.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Dense(units=2, kernel_constraint="non_neg")
layer.build((None, 2))
layer = keras.layers.Dense(units=2, bias_constraint="non_neg")
layer.build((None, 2))
