# Port of tensorflow/contrib/layers/python/layers/layers_test.py ConvolutionTest.testCreateFullyConv: a kernel size taken from the input's shape ([7, 9]),
# VALID padding: weights [7, 9, 32, 64], biases [64].
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 7, 9, 32), seed=1)
output = tf.contrib.layers.convolution2d(images, 64, images.get_shape()[1:3], padding="VALID")
