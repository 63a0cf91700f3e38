# Found by the Python difftest (seed 7, keras, program 14): LSTM(bias_initializer="zeros") keeps unit_forget_bias's ones.
import tensorflow as tf
import keras
inp0 = keras.Input(shape=(3,), dtype="int32")
h0_0 = keras.layers.Embedding(44, 2)(inp0)
h0_1 = keras.layers.LSTM(3, return_sequences=True, bias_initializer="zeros")(h0_0)
h0_2 = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, value_dim=2)(h0_1, h0_1)
h0_3 = keras.layers.Dense(6, activation="sigmoid", use_bias=False, kernel_initializer="glorot_normal")(h0_2)
model0 = keras.Model(inp0, h0_3)
