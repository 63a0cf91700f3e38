# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testCreateConv2DTranspose: Conv2DTranspose(32, [3, 3]) on 4 channels: kernel (3, 3, 32, 4), bias (32,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.Conv2DTranspose(32, [3, 3], activation=tf.nn.relu)
output = layer.apply(images)
