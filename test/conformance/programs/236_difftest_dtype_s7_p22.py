# Differential-test fixture (scripts/difftest/python, seed 7, program 22, shrunk).
# The analyzer differed from TensorFlow here: lstm/lstm_cell/kernel: dtype expected float32, got mixed_float16
import tensorflow as tf
import keras
inp0 = keras.Input(shape=(4, 7))
h0_0 = keras.layers.LSTM(2, dtype="mixed_float16")(inp0)
