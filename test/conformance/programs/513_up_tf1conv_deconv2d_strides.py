# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testCreateConv2DTransposeWithStrides: three strided Conv2DTranspose layers: conv2d_transpose, _1, _2.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 6, 8, 3), seed=1)
layer = conv_layers.Conv2DTranspose(32, [3, 3], strides=(2, 2), padding="same")
output = layer.apply(images)
layer = conv_layers.Conv2DTranspose(32, [3, 3], strides=2, padding="same")
output = layer.apply(images)
layer = conv_layers.Conv2DTranspose(32, [3, 3], strides=(2, 1), padding="same")
output = layer.apply(images)
