# A subclassed Keras model whose layers are built by calling it.
import tensorflow as tf


class TwoLayer(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.first = tf.keras.layers.Dense(6)
        self.second = tf.keras.layers.Dense(2, name="logits")

    def call(self, x):
        return self.second(self.first(x))


net = TwoLayer()
y = net(tf.zeros([1, 3]))
