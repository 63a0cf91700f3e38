# np.concatenate of NumPy arrays of one dtype: the axis sums and the other dims agree; a Normalization adapted on the
# result takes its channel count, and a width read from its shape is known (semantic image clustering's
# x_data = np.concatenate([x_train, x_test])).
import numpy as np
import keras
from keras import layers

x_train = np.random.randint(0, 256, (40, 8, 8, 3)).astype("uint8")
x_test = np.random.randint(0, 256, (10, 8, 8, 3)).astype("uint8")
x_data = np.concatenate([x_train, x_test])
y_data = np.concatenate((np.zeros((40, 2)), np.ones((40, 3))), axis=1)
side = np.concatenate([x_train, x_train], axis=-2)
pre = keras.Sequential([layers.Resizing(8, 8), layers.Normalization()])
pre.layers[-1].adapt(x_data)
d1 = layers.Dense(x_data.shape[0], name="rows")
d1.build((None, 2))
d2 = layers.Dense(y_data.shape[1], name="cols")
d2.build((None, 2))
d3 = layers.Dense(side.shape[2], name="side")
d3.build((None, 2))
