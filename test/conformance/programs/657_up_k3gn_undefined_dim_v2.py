# Port of keras 3.15.1 keras/src/layers/normalization/group_normalization_test.py GroupNormalizationTest.test_undefined_dim_error: GroupNormalization on an Input whose channel axis is None raises ValueError (recorded).
import numpy as np
import keras
import tensorflow as tf

inputs = keras.layers.Input(shape=(2, 2, 2, None))
layer = keras.layers.GroupNormalization()
_ = layer(inputs)
