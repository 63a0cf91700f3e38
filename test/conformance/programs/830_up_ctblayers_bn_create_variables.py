# Port of tensorflow/contrib/layers/python/layers/layers_test.py BatchNormTest.testCreateVariables: BatchNorm/beta, gamma, moving_mean, moving_variance (a rank-4
# input goes through the core layer, which creates gamma first).
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 3, 3, 3), seed=1)
tf.contrib.layers.batch_norm(images, scale=True)
