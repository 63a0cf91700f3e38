# Convolution variants: depthwise, separable, transposed and 1-D.
import tensorflow as tf

image = tf.keras.Input(shape=(8, 8, 2))
x = tf.keras.layers.DepthwiseConv2D(3, depth_multiplier=2)(image)
x = tf.keras.layers.SeparableConv2D(5, 3, padding="same")(x)
x = tf.keras.layers.Conv2DTranspose(3, 2, strides=2, use_bias=False)(x)
seq = tf.keras.Input(shape=(10, 4))
s = tf.keras.layers.Conv1D(6, 3, kernel_initializer="he_normal")(seq)
model = tf.keras.Model([image, seq], [x, s])
