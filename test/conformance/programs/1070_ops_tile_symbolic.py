# keras.ops.tile on the TF backend lists its repeats ([v for v in repeats]); a tensor of repeats inside a subclassed
# layer's call traced on KerasTensors (a FuncGraph) cannot be iterated: OperatorNotAllowedInGraphError, where the
# miniature GPT's causal mask tiles by ops.concatenate([expand_dims(batch_size, -1), [1, 1]]). Eagerly, and with a
# Python list of repeats, it works. (Caught here: Keras wraps the message with its KerasTensors' global names.)
import numpy as np
import keras
from keras import layers, ops


class Masked(layers.Layer):
    def __init__(self, listed=False, **kw):
        super().__init__(**kw)
        self.listed = listed
        self.proj = layers.Dense(4)

    def call(self, x):
        batch_size = ops.shape(x)[0]
        n = ops.shape(x)[1]
        mask = ops.reshape(ops.cast(ops.arange(n)[:, None] >= ops.arange(n), "float32"), [1, n, n])
        if self.listed:
            mult = [batch_size, 1, 1]
        else:
            mult = ops.concatenate([ops.expand_dims(batch_size, -1), ops.convert_to_tensor([1, 1])], 0)
        m = ops.tile(mask, mult)
        return self.proj(ops.matmul(m, x))


eager = Masked(name="eager")
eager(np.zeros((2, 3, 5), "float32"))
listed = Masked(listed=True, name="listed")
y = listed(keras.Input((3, 5)))
inputs = keras.Input((3, 5))
first = layers.Dense(5, name="first")(inputs)
try:
    out = Masked(name="symbolic")(first)
except TypeError as e:  # OperatorNotAllowedInGraphError is a TypeError
    print(type(e).__name__)
    out = layers.Dense(2, name="after")(first)
model = keras.Model(inputs, out)
