# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_groups_not_a_multiple_of_dim_error: groups=3 on 4 channels raises ValueError when called (recorded).
import numpy as np
import keras
import tensorflow as tf

inputs = np.ones(shape=(2, 2, 2, 4))
layer = keras.layers.GroupNormalization(groups=3)
_ = layer(inputs)
