# Keras 2 (TF 2.4+, KerasTensors) makes a Lambda's functional output by running its function on the inputs'
# placeholders (base_layer.py _infer_output_signature): the traced shape sizes the next layer whether or not
# `output_shape` is given, and a function over a list of tensors (the VAE's sampling) gives its result's shape.
import tensorflow as tf
from tensorflow.python import keras
from tensorflow.python.keras import backend as K
from tensorflow.python.keras import layers

x = keras.Input(shape=(6,))
doubled = layers.Lambda(lambda t: K.concatenate([t, t]), output_shape=(12,))(x)
a = layers.Dense(3)(doubled)
# an output_shape Keras 2 does not read: the traced (None, 6) sizes the next kernel
same = layers.Lambda(lambda t: t * 2.0, output_shape=(4,))(x)
b = layers.Dense(2)(same)
pair = layers.Lambda(lambda ts: ts[0] + ts[1])([a, layers.Dense(3)(x)])
c = layers.Dense(5)(pair)
model = keras.Model(x, [b, c])
