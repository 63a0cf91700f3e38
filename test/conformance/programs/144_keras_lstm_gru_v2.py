# Keras recurrent layers: cell weight paths and shapes.
import tensorflow as tf

inputs = tf.keras.Input(shape=(5, 3))
x = tf.keras.layers.LSTM(4, return_sequences=True)(inputs)
y = tf.keras.layers.GRU(2)(x)
model = tf.keras.Model(inputs, y)
