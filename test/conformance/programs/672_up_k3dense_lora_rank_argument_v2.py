# Port of keras 3.15.1 keras/src/layers/core/dense_test.py DenseTest.test_lora_rank_argument: Dense(5, lora_rank=2) on (2, 3, 4): non-trainable kernel plus lora_kernel_a (4, 2) and
# lora_kernel_b (2, 5).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Dense(units=5, activation="sigmoid", kernel_regularizer="l2", lora_rank=2)
layer.build((2, 3, 4))
