# Port of TF variables_test.py VariablesTestCase.testLoad: a (5, 5) float32 variable from NumPy zeros.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(np.zeros((5, 5), np.float32))
