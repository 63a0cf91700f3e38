# Port of keras 3.15.1 keras/src/layers/normalization/batch_normalization_test.py BatchNormalizationTest.test_renorm_invalid_clipping_keys: invalid renorm_clipping keys and rmax < rmin raise ValueError (caught: markers); a negative
# dmax is recorded.
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.BatchNormalization(renorm=True, renorm_clipping={"random_key": 1.0})
except ValueError:
    tf.Variable(0.0, name="caught_keys")
try:
    keras.layers.BatchNormalization(renorm=True, renorm_clipping={"rmax": 0.0, "rmin": 1.0})
except ValueError:
    tf.Variable(0.0, name="caught_rmax")
keras.layers.BatchNormalization(renorm=True, renorm_clipping={"rmax": 1.0, "dmax": -1.0})
