# Port of tensorflow/contrib/layers/python/layers/layers_test.py FCTest.testReuseVars: scope="fc1" with reuse=True shares fc1's two variables.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

inputs = tf.random_uniform((5, 3 * 3 * 3), seed=1)
tf.contrib.layers.fully_connected(inputs, 32, scope="fc1")
tf.contrib.layers.fully_connected(inputs, 32, scope="fc1", reuse=True)
