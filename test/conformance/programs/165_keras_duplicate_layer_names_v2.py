# Two layers with the same name in one functional model.
import tensorflow as tf

inputs = tf.keras.Input(shape=(4,))
h = tf.keras.layers.Dense(3, name="same")(inputs)
out = tf.keras.layers.Dense(2, name="same")(h)
model = tf.keras.Model(inputs, out)
