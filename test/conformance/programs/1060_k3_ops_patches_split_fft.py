# Keras 3 ops under the TensorFlow backend whose shapes size later layers: ops.image.extract_patches (a conv with an
# identity kernel: [batch, rows, cols, ph*pw*c], strides defaulting to the size; an unbatched image keeps rank 3),
# ops.split into equal sections, ops.fft2 of a (real, imag) pair (two parts shaped like the real one), ops.zeros_like.
# And initializers named by their class names ("Ones", "HeNormal") or the aliases "one"/"zero", as initializers.get
# accepts them.
import numpy as np
import tensorflow as tf
import keras
from keras import layers, ops

img = keras.Input((12, 10, 3))
p1 = ops.image.extract_patches(img, 4)
p2 = ops.image.extract_patches(img, (3, 2), strides=(2, 3), padding="same")
p3 = ops.image.extract_patches(img, 3, strides=1, dilation_rate=2)
d1 = layers.Dense(2, name="on_p1", bias_initializer="Ones")(p1)
d2 = layers.Dense(2, name="on_p2", kernel_initializer="HeNormal", bias_initializer="one")(p2)
d3 = layers.Dense(2, name="on_p3", kernel_initializer="RandomNormal", bias_initializer="zero")(p3)

x = keras.Input((6, 8))
u, v = ops.split(x, 2, axis=2)
s1 = layers.Dense(3, name="on_split", kernel_initializer="Orthogonal")(v)
parts = ops.split(x, indices_or_sections=3, axis=1)
s2 = layers.Dense(3, name="on_split_rows", kernel_initializer="LecunUniform")(ops.transpose(parts[2], axes=(0, 2, 1)))

re, im = ops.fft2((x, ops.zeros_like(x)))
f1 = layers.Dense(5, name="on_fft_real")(re + x)
f2 = layers.Dense(5, name="on_fft_imag")(ops.transpose(im, axes=(0, 2, 1)))

# eager, unbatched
e = ops.image.extract_patches(np.zeros((9, 9, 2), "float32"), 3)
w = tf.Variable(tf.zeros(e.shape), name="eager_patches")
print(p1.shape, p2.shape, p3.shape, e.shape)
