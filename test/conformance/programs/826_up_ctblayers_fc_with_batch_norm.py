# Port of tensorflow/contrib/layers/python/layers/layers_test.py FCTest.testFCWithBatchNorm (arg_scope written out as keywords): 8 variables, 3 under each
# fully_connected*/BatchNorm (beta, moving_mean, moving_variance; no biases).
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 3 * 3 * 3), seed=1)
net = tf.contrib.layers.fully_connected(images, 27, normalizer_fn=tf.contrib.layers.batch_norm, normalizer_params={"decay": 0.9})
net = tf.contrib.layers.fully_connected(net, 27, normalizer_fn=tf.contrib.layers.batch_norm, normalizer_params={"decay": 0.9})
