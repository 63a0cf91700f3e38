# Port of keras 3.15.1 keras/src/layers/normalization/batch_normalization_test.py BatchNormalizationTest.test_bn_basics: BatchNormalization with and without center/scale, and with regularizers on images:
# gamma/beta (trainable) and moving_mean/moving_variance (not).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.BatchNormalization(center=True, scale=True)
layer.build((2, 3))
layer = keras.layers.BatchNormalization(center=False, scale=False)
layer.build((2, 3))
layer = keras.layers.BatchNormalization(center=True, scale=True, beta_regularizer="l2", gamma_regularizer="l2")
layer.build((2, 4, 4, 3))
