# Keras 3 Layer.from_config(config) on config dicts: Operation.from_config constructs cls(**config) and re-raises a
# refused constructor as TypeError; Dense adds quantization_config; the RNNs' own from_config is a plain cls(**config).
import numpy as np
import keras
import tensorflow as tf

d = keras.layers.Dense.from_config({"units": 3, "name": "head", "use_bias": False})
d.build((None, 4))
try:
    keras.layers.Conv2D.from_config({"filters": 2, "kernel_size": 3, "groups": 0})
except TypeError:
    tf.Variable(0.0, name="caught_wrapped")
try:
    keras.layers.GRU.from_config({"units": 0})
except ValueError:
    tf.Variable(0.0, name="caught_plain")
g = keras.layers.GRU.from_config({"units": 2, "seed": 5})
out = g(np.zeros((1, 3, 4), "float32"))
c = keras.layers.Conv1D.from_config({"filters": 2, "kernel_size": 2})
c.build((None, 5, 3))
keras.layers.Dense.from_config({"units": -1})
