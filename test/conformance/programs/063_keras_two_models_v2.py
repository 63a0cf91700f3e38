# Two Sequential models: automatic layer names keep counting across models.
import tensorflow as tf


def build(units):
    return tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(units)])


a = build(4)
b = build(5)
