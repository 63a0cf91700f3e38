# Keras 3 convolutions compute their output size before making weights: 'same' padding and a kernel that fits pass,
# channels_first counts the spatial dims after the channels, and a 'valid' window larger than the input raises.
import numpy as np
import keras

ok = keras.layers.Conv2D(4, 5, padding="same")
a = ok(np.zeros((1, 3, 3, 2), "float32"))
cf = keras.layers.Conv2D(3, (2, 3), data_format="channels_first")
b = cf(np.zeros((1, 5, 2, 3), "float32"))
sep = keras.layers.SeparableConv1D(2, 4, strides=3)
c = sep(np.zeros((2, 4, 6), "float32"))
bad = keras.layers.Conv1D(5, 3, dilation_rate=2, data_format="channels_first")
d = bad(np.zeros((2, 6, 4), "float32"))
