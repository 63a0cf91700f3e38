# Port of keras 3.15.1 keras/src/layers/normalization/batch_normalization_test.py BatchNormalizationTest.test_renorm_stddev_initializer: with moving_variance_initializer Constant(4.0), moving_stddev and renorm_stddev start at
# sqrt(4) = 2.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.BatchNormalization(renorm=True, moving_variance_initializer=keras.initializers.Constant(4.0))
layer.build((None, 5))
