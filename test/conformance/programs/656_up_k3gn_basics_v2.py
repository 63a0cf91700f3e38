# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_groupnorm: GroupNormalization with regularizers on 32 channels and groups=4 with UnitNorm constraints
# on 4 channels: (32,) and (4,) gamma/beta.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.GroupNormalization(gamma_regularizer=keras.regularizers.L2(0.01), beta_regularizer=keras.regularizers.L2(0.01))
layer.build((3, 4, 32))
layer = keras.layers.GroupNormalization(groups=4, gamma_constraint=keras.constraints.UnitNorm(), beta_constraint=keras.constraints.UnitNorm())
layer.build((3, 4, 4))
