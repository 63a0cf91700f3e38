# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testCreateConv3DTransposeWithStrides: three strided Conv3DTranspose layers.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

volumes = tf.random_uniform((5, 4, 6, 8, 32), seed=1)
layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], strides=(2, 2, 2), padding="same")
output = layer.apply(volumes)
layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], strides=2, padding="same")
output = layer.apply(volumes)
layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], strides=(2, 1, 1), padding="same")
output = layer.apply(volumes)
