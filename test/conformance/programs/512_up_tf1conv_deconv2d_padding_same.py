# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testConv2DTransposePaddingSame: kernel_size from a TensorShape slice: kernel (7, 9, 64, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 32), seed=1)
layer = conv_layers.Conv2DTranspose(64, images.get_shape()[1:3], padding="same")
output = layer.apply(images)
