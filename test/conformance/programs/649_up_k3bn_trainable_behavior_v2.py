# Port of keras 3.15.1 keras/src/layers/normalization/batch_normalization_test.py BatchNormalizationTest.test_trainable_behavior: a BatchNormalization built on (1, 4, 4, 3) has four (3,) weights (the training loop is not
# ported).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.BatchNormalization(axis=-1, momentum=0.8, epsilon=1e-7)
layer.build((1, 4, 4, 3))
layer.trainable = False
