# Port of keras 3.15.1 keras/src/layers/convolutional/conv_test.py ConvBasicTest.test_lora_rank_argument: Conv2D(5, 3, lora_rank=2) on (2, 5, 5, 4): the base kernel becomes non-trainable and
# lora_kernel_a / lora_kernel_b are added.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Conv2D(filters=5, kernel_size=3, activation="sigmoid", data_format="channels_last", kernel_regularizer="l2", lora_rank=2)
layer.build((2, 5, 5, 4))
