# Keras 3: a subclassed layer that defines compute_output_shape, called on KerasTensors, outputs
# KerasTensor(compute_output_shape(input_shape)) (Layer.compute_output_spec), whatever its call would return; call is
# traced only to build a layer that has no build method (Layer._maybe_build). The Dense layers after them are sized by
# those shapes. Called eagerly on a concrete tensor, call runs as written.
import numpy as np
import tensorflow as tf
import keras
from keras import layers, ops


class PosEmb(layers.Layer):
    """call broadcasts to a dynamic shape (its static shape is lost); compute_output_shape says it is the input's."""

    def __init__(self, length, **kwargs):
        super().__init__(**kwargs)
        self.length = length

    def build(self, input_shape):
        self.table = self.add_weight(shape=(self.length, input_shape[-1]), name="table")

    def call(self, x):
        shape = ops.shape(x)
        return ops.broadcast_to(ops.slice(self.table, (0, 0), (shape[-2], shape[-1])), shape)

    def compute_output_shape(self, input_shape):
        return input_shape


class Widen(layers.Layer):
    """No build: the inner Dense is built by tracing call; compute_output_shape claims a last dim call does not make."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.inner = layers.Dense(3, name="inner")

    def call(self, x):
        return self.inner(x)

    def compute_output_shape(self, input_shape):
        return tuple(input_shape[:-1]) + (7,)


inp = keras.Input((5, 4))
h = inp + PosEmb(5)(inp)
h = layers.Dense(6)(h)
w = Widen()(h)
out = layers.Dense(2)(w)
model = keras.Model(inp, out)

# a second symbolic call of the built layer: only compute_output_shape
w2 = Widen(name="widen_again")
y = layers.Dense(1)(w2(keras.Input((9,))))
y = layers.Dense(1)(w2(keras.Input((2, 9))))

# eagerly the real call runs
e = Widen(name="eager_widen")(tf.zeros((2, 8)))
v = tf.Variable(tf.zeros(e.shape), name="eager_out")
print(model.output.shape, e.shape)
