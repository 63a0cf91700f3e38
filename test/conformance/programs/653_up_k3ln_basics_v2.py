# Port of keras 3.15.1 keras/src/layers/normalization/layer_normalization_test.py LayerNormalizationTest.test_ln_basics: LayerNormalization with regularizers, ones initializers, no scale/center, rms_scaling, a
# three-axis norm and a zero-length input: gamma/beta shapes per case.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.LayerNormalization(gamma_regularizer=keras.regularizers.L2(0.01), beta_regularizer=keras.regularizers.L2(0.01))
layer.build((3, 4, 2))
layer = keras.layers.LayerNormalization(gamma_initializer="ones", beta_initializer="ones")
layer.build((3, 4, 2))
layer = keras.layers.LayerNormalization(scale=False, center=False)
layer.build((3, 3))
layer = keras.layers.LayerNormalization(rms_scaling=True)
layer.build((3, 3))
layer = keras.layers.LayerNormalization(axis=(-3, -2, -1))
layer.build((2, 8, 8, 3))
layer = keras.layers.LayerNormalization()
layer.build((1, 0, 10))
