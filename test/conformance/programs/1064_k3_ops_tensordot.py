# keras.ops.tensordot(x1, x2, axes=N) with an integer N (tf.tensordot on the TensorFlow backend): the last N axes of x1
# contract with the first N of x2, so the result is x1.shape[:-N] + x2.shape[N:]; Dense layers sized by it show it.
import keras
from keras import layers, ops

x = keras.Input((5, 6))
w = ops.ones((6, 3))
y1 = layers.Dense(2, name="after_axes1")(ops.tensordot(x, w, axes=1))
v = ops.ones((5, 6, 4, 7))
y2 = layers.Dense(2, name="after_axes2")(ops.tensordot(x, v, axes=2))
u = ops.ones((8,))
y3 = layers.Dense(2, name="after_axes0")(ops.tensordot(ops.ones((3,)), u, axes=0))
print(y1.shape, y2.shape, y3.shape)
