# Port of keras 3.15.1 keras/src/layers/rnn/lstm_test.py LSTMTest.test_basics: LSTM(3) with dropout, with recurrent_dropout, and with regularizers on (3, 2, 4):
# kernel, recurrent_kernel and bias per layer (plus seed generator state for dropout).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.LSTM(units=3, dropout=0.5)
layer.build((3, 2, 4))
layer = keras.layers.LSTM(units=3, dropout=0.5, recurrent_dropout=0.5)
layer.build((3, 2, 4))
layer = keras.layers.LSTM(units=3, return_sequences=True, bias_regularizer="l1", kernel_regularizer="l2", recurrent_regularizer="l2")
layer.build((3, 2, 4))
