# Port of tensorflow/contrib/layers/python/layers/layers_test.py ConvolutionTest.testCreateConvNCHW: NCHW takes the input depth from axis 1: weights [3, 3, 4, 32].
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = np.random.uniform(size=(5, 4, 7, 9)).astype(np.float32)
output = tf.contrib.layers.convolution2d(images, 32, [3, 3], data_format="NCHW")
