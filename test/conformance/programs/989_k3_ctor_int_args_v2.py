# Keras 3 constructors check integer arguments before Layer.__init__: a refused Dense takes no name (the next is
# `dense`), True counts as the int 1 for Dense but not for Embedding, which reports the value's type.
import keras
import tensorflow as tf

try:
    keras.layers.Dense(0)
except ValueError:
    tf.Variable(0.0, name="caught_dense")
d = keras.layers.Dense(True)
d.build((None, 2))
g = keras.layers.GroupNormalization(groups=-1)
g.build((None, 3))
e = keras.layers.Embedding(True, 3)
