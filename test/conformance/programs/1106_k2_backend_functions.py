# Keras 2's backend functions through `K` (tensorflow/python/keras/backend.py), which Keras 3's backend no longer has:
# K.int_shape gives the static dims that size later layers (the Keras 2 examples' conv autoencoders), K.shape,
# K.random_normal, K.exp inside a Lambda (the VAE sampling), and K.sum/square/concatenate/expand_dims/flatten/
# l2_normalize/mean on symbolic tensors feeding layers; eager TF2, as Keras 2 ran under TF 2.x.
import tensorflow as tf
from tensorflow.python import keras
from tensorflow.python.keras import backend as K
from tensorflow.python.keras import layers

inputs = keras.Input(shape=(12, 12, 1))
x = layers.Conv2D(4, 3, strides=2, padding="same")(inputs)
shape = K.int_shape(x)
x = layers.Flatten()(x)
latent = layers.Dense(shape[1] * shape[2] * shape[3] // 8)(x)
y = layers.Dense(shape[1] * shape[2] * shape[3])(latent)
y = layers.Reshape((shape[1], shape[2], shape[3]))(y)
y = layers.Conv2DTranspose(2, 3, strides=2, padding="same")(y)


def sampling(args):
    z_mean, z_log_var = args
    batch = K.shape(z_mean)[0]
    dim = K.int_shape(z_mean)[1]
    epsilon = K.random_normal(shape=(batch, dim))
    return z_mean + K.exp(0.5 * z_log_var) * epsilon


z_mean = layers.Dense(3)(latent)
z_log_var = layers.Dense(3)(latent)
z = layers.Lambda(sampling)([z_mean, z_log_var])
h = layers.Dense(K.int_shape(z)[-1] * 2)(z)
s = K.sum(K.square(h), axis=1, keepdims=True)
w = layers.Dense(5)(K.concatenate([h, s]))
m = layers.Dense(4)(K.expand_dims(K.mean(w, axis=-1)))
n = layers.Dense(2)(K.l2_normalize(layers.Flatten()(y), axis=1))
f = layers.Dense(3)(K.expand_dims(K.flatten(K.sum(w, axis=0)), 0))
model = keras.Model(inputs, [y, m, n])
