# Keras 2 custom layers eagerly: add_weight in __init__ (outside any call: no layer name scope), in build
# (under the layer's scope), non-trainable weights, a frozen layer (trainable=False), and a layer inside a name scope.
import tensorflow as tf
from tensorflow.python.keras import layers


class Eager(layers.Layer):
    def __init__(self, **kwargs):
        super(Eager, self).__init__(**kwargs)
        self.w = self.add_weight("w", shape=(2,), initializer="zeros")

    def call(self, x):
        return x


class Counter(layers.Layer):
    def build(self, input_shape):
        self.count = self.add_weight("count", shape=(), initializer="zeros", trainable=False)
        self.scale = self.add_weight("scale", shape=(int(input_shape[-1]),))

    def call(self, x):
        return x * self.scale


x = tf.ones([2, 3])
Eager()(x)
Counter()(x)
layers.Dense(2, trainable=False)(x)
with tf.name_scope("tower"):
    Counter(name="inner")(x)
