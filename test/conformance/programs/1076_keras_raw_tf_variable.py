# A raw tf.Variable made in a Keras 3 layer's build takes the TF name scope Keras opened for the layer
# (backend/tensorflow/core.py name_scope is tf.name_scope): "<layer>/Variable" when built eagerly at its first call,
# and inside a symbolic call only the scopes opened since that trace began (an inner layer built there:
# "<inner>/Variable", not under the outer layer). Eager tensors compare elementwise (==, !=), and tf.where's Python
# number takes the other operand's dtype (float64 here), as Swin's shifted-window attention mask does.
import numpy as np
import tensorflow as tf
import keras
from keras import layers


class Inner(layers.Layer):
    def build(self, input_shape):
        self.table = self.add_weight(shape=(3, 2), initializer="zeros")
        self.index = tf.Variable(initial_value=lambda: tf.zeros((4, 4), tf.int64), trainable=False)

    def call(self, x):
        return x + tf.cast(tf.reduce_sum(self.index), x.dtype)


class Outer(layers.Layer):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.inner = Inner()

    def build(self, input_shape):
        mask = tf.convert_to_tensor(np.arange(16, dtype="float64").reshape(1, 4, 4) % 3)
        mask = tf.expand_dims(mask, 1) - tf.expand_dims(mask, 2)
        mask = tf.where(mask != 0, -100.0, mask)
        mask = tf.where(mask == 0, 0.0, mask)
        self.mask = tf.Variable(initial_value=mask, trainable=False)

    def call(self, x):
        return self.inner(x)


inputs = keras.Input((5,))
y = Outer()(inputs)
y = Outer(name="second")(y)
model = keras.Model(inputs, y)
