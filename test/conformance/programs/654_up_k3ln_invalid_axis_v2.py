# Port of keras 3.15.1 keras/src/layers/normalization/layer_normalization_test.py LayerNormalizationTest.test_invalid_axis: a dict as axis raises TypeError "Expected an int or a list/tuple of ints ..." (recorded).
import numpy as np
import keras
import tensorflow as tf

keras.layers.LayerNormalization(axis={"axis": -1})
