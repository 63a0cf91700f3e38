# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_groups_rejects_invalid_values: groups 0, -2, 1.5 raise ValueError (caught: markers), "32" too (recorded); -1 (instance
# norm) would be accepted.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.GroupNormalization(groups=-1)
try:
    keras.layers.GroupNormalization(groups=0)
except ValueError:
    tf.Variable(0.0, name="caught_zero")
try:
    keras.layers.GroupNormalization(groups=-2)
except ValueError:
    tf.Variable(0.0, name="caught_negative")
try:
    keras.layers.GroupNormalization(groups=1.5)
except ValueError:
    tf.Variable(0.0, name="caught_float")
keras.layers.GroupNormalization(groups="32")
