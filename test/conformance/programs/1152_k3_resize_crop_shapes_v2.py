# Keras 3's resizing and cropping preprocessing layers give their height and width to the spatial dims (channels last
# or first), so the layers after them are sized by the new shape (a ViT's augmentation pipeline before its patches).
import numpy as np
import keras
from keras import layers

x = np.zeros((10, 32, 30, 3), "float32")
aug = keras.Sequential([layers.Normalization(), layers.Resizing(24, 20), layers.RandomFlip("horizontal"), layers.CenterCrop(16, 12)], name="aug")
aug.layers[0].adapt(x)
inputs = keras.Input(shape=(32, 30, 3))
h = aug(inputs)
h = layers.RandomCrop(8, 6, seed=1)(h)
h = layers.Flatten()(h)
out = layers.Dense(4)(h)
first = keras.Input(shape=(3, 32, 30))
g = layers.Resizing(10, 14, data_format="channels_first")(first)
g = layers.Conv2D(2, 3, data_format="channels_first")(g)
g = layers.Flatten()(g)
out2 = layers.Dense(3)(g)
