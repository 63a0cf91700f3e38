# Port of keras 3.15.1 keras/src/layers/normalization/batch_normalization_test.py BatchNormalizationTest.test_renorm_basics: renorm=True adds moving_stddev, renorm_mean and renorm_stddev to the four BN weights
# (without and with renorm_clipping).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.BatchNormalization(center=True, scale=True, renorm=True)
layer.build((2, 3))
layer = keras.layers.BatchNormalization(center=True, scale=True, renorm=True, renorm_clipping={"rmax": 3.0, "rmin": 0.3, "dmax": 5.0})
layer.build((2, 4, 4, 3))
