# Port of keras 3.15.1 keras/src/layers/rnn/gru_test.py GRUTest.test_legacy_implementation_argument: a GRU(3) with constant initializers re-made from its config with implementation=0 and
# called on (3, 6, 4): constant 0.01 / 0.02 / 0.03 weights.
import numpy as np
import keras
import tensorflow as tf

sequence = np.arange(72).reshape((3, 6, 4)).astype("float32")
layer = keras.layers.GRU(3, kernel_initializer=keras.initializers.Constant(0.01), recurrent_initializer=keras.initializers.Constant(0.02), bias_initializer=keras.initializers.Constant(0.03))
config = layer.get_config()
config["implementation"] = 0
layer = keras.layers.GRU.from_config(config)
output = layer(sequence)
