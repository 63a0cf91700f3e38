# Keras functional model with named layers.
import tensorflow as tf

inputs = tf.keras.Input(shape=(16,))
h = tf.keras.layers.Dense(32, name="hidden")(inputs)
h = tf.keras.layers.Dense(32, name="hidden2", use_bias=False)(h)
out = tf.keras.layers.Dense(1, name="out", kernel_initializer="zeros")(h)
model = tf.keras.Model(inputs, out, name="regressor")
