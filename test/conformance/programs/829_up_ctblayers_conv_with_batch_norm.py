# Port of tensorflow/contrib/layers/python/layers/layers_test.py ConvolutionTest.testConvWithBatchNorm (arg_scope written out as keywords): 8 variables,
# 3 under Conv/BatchNorm and Conv_1/BatchNorm.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 7, 9, 32), seed=1)
net = tf.contrib.layers.convolution2d(images, 32, [3, 3], normalizer_fn=tf.contrib.layers.batch_norm, normalizer_params={"decay": 0.9})
net = tf.contrib.layers.convolution2d(net, 32, [3, 3], normalizer_fn=tf.contrib.layers.batch_norm, normalizer_params={"decay": 0.9})
