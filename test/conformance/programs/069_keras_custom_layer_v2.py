# A custom Keras layer that adds its own weights.
import tensorflow as tf


class Scale(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.alpha = self.add_weight(name="alpha", shape=(input_shape[-1],), initializer="ones")
        self.beta = self.add_weight(name="beta", shape=(), initializer="zeros", trainable=False)

    def call(self, x):
        return x * self.alpha + self.beta


layer = Scale()
out = layer(tf.ones([2, 7]))
