# Standardizing features with NumPy before a Keras model (keras.io's imbalanced classification): slices of a NumPy
# array, arithmetic between arrays and np.mean/np.std/np.sum/np.max over an axis (keepdims too) keep NumPy shapes,
# so input_shape=(train.shape[-1],) and sizes read from the reductions are known.
import numpy as np
import keras

features = np.random.normal(size=(50, 12)).astype("float32")
n_val = int(len(features) * 0.2)
train = features[:-n_val]
val = features[-n_val:]
mean = np.mean(train, axis=0)
train -= mean
val -= mean
std = np.std(train, axis=0)
train /= std
totals = np.sum(train, axis=1, keepdims=True)
peak = np.max(val, axis=(0,))

model = keras.Sequential([
    keras.layers.Dense(8, activation="relu", input_shape=(train.shape[-1],)),
    keras.layers.Dense(totals.shape[1] + peak.shape[0]),
])
