# Port of tensorflow/contrib/layers/python/layers/layers_test.py FCTest.testNonReuseVars: two unnamed calls make fully_connected and fully_connected_1.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

inputs = tf.random_uniform((5, 3 * 3 * 3), seed=1)
tf.contrib.layers.fully_connected(inputs, 32)
tf.contrib.layers.fully_connected(inputs, 32)
