# A Sequential nested inside a Sequential, and a non-trainable layer.
import tensorflow as tf

inner = tf.keras.Sequential([tf.keras.layers.Dense(4), tf.keras.layers.Dense(4)], name="block")
frozen = tf.keras.layers.Dense(2, name="frozen", trainable=False)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), inner, frozen], name="outer")
