# Keras 3 life: a custom layer whose call() uses tf ops (concat, reshape, reduce) before Dense layers.
import tensorflow as tf
import keras
from keras import layers


class StatsPool(layers.Layer):
    def call(self, x):
        mean = tf.reduce_mean(x, axis=1)
        peak = tf.reduce_max(x, axis=1)
        both = tf.concat([mean, peak], axis=-1)
        return tf.reshape(both, [-1, 2 * x.shape[-1]])


inputs = keras.Input(shape=(10, 6))
h = layers.Conv1D(12, 3, activation="relu")(inputs)
pooled = StatsPool()(h)
out = layers.Dense(4)(pooled)
model = keras.Model(inputs, out)
model.compile("sgd", "mse")
