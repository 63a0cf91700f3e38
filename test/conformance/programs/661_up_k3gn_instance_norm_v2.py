# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_groups_instance_norm: groups=-1 and groups=4 without scale/center called on (1, 2, 4): no weights.
import numpy as np
import keras
import tensorflow as tf

l1 = keras.layers.GroupNormalization(groups=-1, axis=-1, scale=False, center=False)
l2 = keras.layers.GroupNormalization(groups=4, axis=-1, scale=False, center=False)
inputs = np.array([[[-1.0, 1.0, 0, 2.0], [1.0, 3.0, -4, -2.0]]])
o1 = l1(inputs)
o2 = l2(inputs)
