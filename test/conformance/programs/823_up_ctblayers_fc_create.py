# Port of tensorflow/contrib/layers/python/layers/layers_test.py FCTest.testCreateFC: a float64 NumPy input makes float64 weights [27, 32] and biases [32].
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

inputs = np.random.uniform(size=(5, 3 * 3 * 3))
output = tf.contrib.layers.fully_connected(inputs, 32)
