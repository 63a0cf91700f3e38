# A Sequential model without an Input is built by its first call.
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(3), tf.keras.layers.Dense(1)])
y = model(tf.zeros([2, 5]))
