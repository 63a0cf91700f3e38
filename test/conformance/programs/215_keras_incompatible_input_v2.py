# A Keras layer built for 4 features called on 5 features.
import tensorflow as tf

layer = tf.keras.layers.Dense(2)
y = layer(tf.zeros([1, 4]))
z = layer(tf.zeros([1, 5]))
