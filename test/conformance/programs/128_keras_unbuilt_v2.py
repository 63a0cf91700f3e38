# Layers and models that are never built create no variables.
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(3), tf.keras.layers.Dense(1)])
layer = tf.keras.layers.Dense(10)
