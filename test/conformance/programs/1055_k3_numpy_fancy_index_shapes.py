# NumPy advanced indexing and samplers whose values are unknown but whose shapes are NumPy's, feeding a Keras
# model's input shape (keras.io's timeseries programs shuffle with x[np.random.permutation(len(x))]):
# x[int array] has the index's shape + x.shape[1:]; a boolean mask keeps the later dims; randint(size=...) and
# permutation(n) / permutation(array) have NumPy's shapes.
import numpy as np
import keras

x = np.random.normal(size=(16, 20))
x = x.reshape((x.shape[0], x.shape[1], 1))
idx = np.random.permutation(len(x))
x = x[idx]
pairs = x[np.arange(6).reshape(2, 3)]
masked = x[x[:, 0, 0] > 0]
codes = np.random.randint(0, 5, size=(4, 7))
shuffled = np.random.permutation(codes)

inputs = keras.Input(shape=x.shape[1:])
h = keras.layers.Conv1D(4, 3)(inputs)
h = keras.layers.GlobalAveragePooling1D()(h)
h = keras.layers.Dense(pairs.shape[1] + masked.shape[2])(h)
h = keras.layers.Dense(shuffled.shape[1])(h)
model = keras.Model(inputs, h)
