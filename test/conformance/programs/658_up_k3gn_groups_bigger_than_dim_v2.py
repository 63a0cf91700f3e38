# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_groups_bigger_than_dim_error: groups=5 on 4 channels raises ValueError when called (recorded).
import numpy as np
import keras
import tensorflow as tf

inputs = np.ones(shape=(2, 2, 2, 4))
layer = keras.layers.GroupNormalization(groups=5)
_ = layer(inputs)
