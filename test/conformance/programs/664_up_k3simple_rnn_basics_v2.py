# Port of keras 3.15.1 keras/src/layers/rnn/simple_rnn_test.py SimpleRNNTest.test_basics: SimpleRNN(3) with dropouts and with regularizers on (3, 2, 4): kernel (4, 3),
# recurrent_kernel (3, 3), bias (3,) each.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.SimpleRNN(units=3, dropout=0.5, recurrent_dropout=0.5)
layer.build((3, 2, 4))
layer = keras.layers.SimpleRNN(units=3, return_sequences=True, bias_regularizer="l1", kernel_regularizer="l2", recurrent_regularizer="l2")
layer.build((3, 2, 4))
