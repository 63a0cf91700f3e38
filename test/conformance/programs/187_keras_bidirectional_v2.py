# A bidirectional LSTM over an embedding.
import tensorflow as tf

tokens = tf.keras.Input(shape=(12,), dtype="int32")
x = tf.keras.layers.Embedding(100, 6, name="emb")(tokens)
x = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(3), name="bi")(x)
model = tf.keras.Model(tokens, x)
