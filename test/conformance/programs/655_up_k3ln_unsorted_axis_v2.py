# Port of keras 3.15.1 keras/src/layers/normalization/layer_normalization_test.py LayerNormalizationTest.test_unsorted_axis: axis [-2, -1] and [-1, -2] give the same (3, 4) gamma and beta when called on (2, 3, 4).
import numpy as np
import keras
import tensorflow as tf

np.random.seed(0)
x = np.random.randn(2, 3, 4).astype("float32")
layer_sorted = keras.layers.LayerNormalization(axis=[-2, -1])
layer_unsorted = keras.layers.LayerNormalization(axis=[-1, -2])
out_sorted = layer_sorted(x)
out_unsorted = layer_unsorted(x)
