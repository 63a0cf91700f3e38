# NumPy shapes of a relative position index (Swin's window attention): np.meshgrid of 1-D arrays ("ij": the inputs'
# lengths in order, "xy": the first two swapped), np.stack of equal arrays (a new axis), ndarray.transpose(axes) and
# ndarray.sum(axis): variables shaped (and typed) like the results.
import numpy as np
import tensorflow as tf
import keras
from keras import layers

coords_h = np.arange(3)
coords_w = np.arange(2)
ij = np.stack(np.meshgrid(coords_h, coords_w, indexing="ij"))
xy = np.stack(np.meshgrid(coords_h, coords_w), axis=-1)
flat = ij.reshape(2, -1)
rel = flat[:, :, None] - flat[:, None, :]
rel = rel.transpose([1, 2, 0])
rel[:, :, 0] += 2
index = rel.sum(-1)
table = tf.Variable(tf.zeros(index.shape, index.dtype), trainable=False, name="index")
spread = tf.Variable(tf.ones(xy.mean(axis=0).shape, xy.dtype), name="spread")
d = layers.Dense(ij.shape[1] * 10 + ij.shape[2] + xy.shape[0] * 100 + xy.shape[2] * 1000, name="dims")
d.build((None, 2))
e = layers.Dense(rel.transpose().shape[0] + index.shape[1], name="from_index")
e.build((None, 2))
