# keras.layers.Normalization builds mean/variance over the kept axes and an int64 count (none trainable);
# given mean and variance, it makes no weights. Its output keeps the input's shape.
import keras
from keras import layers

x = keras.Input(shape=(5, 7, 3))
n1 = layers.Normalization()(x)
y = layers.Conv2D(4, 3)(n1)
n2 = layers.Normalization(axis=(1, 3))(y)
n3 = layers.Normalization(axis=-2, name="middle")(n2)
fixed = layers.Normalization(mean=2.0, variance=3.0)(n3)
out = layers.Dense(2)(fixed)
model = keras.Model(x, out)
