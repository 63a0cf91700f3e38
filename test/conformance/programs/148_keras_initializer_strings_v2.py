# Keras initializer strings and a float64 layer.
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.Input(shape=(6,)),
    tf.keras.layers.Dense(6, kernel_initializer="glorot_normal", bias_initializer="random_normal"),
    tf.keras.layers.Dense(6, kernel_initializer="orthogonal", bias_initializer="truncated_normal"),
    tf.keras.layers.Dense(6, kernel_initializer="identity", bias_initializer="random_uniform"),
    tf.keras.layers.Dense(3, kernel_initializer="lecun_normal", dtype="float64"),
])
