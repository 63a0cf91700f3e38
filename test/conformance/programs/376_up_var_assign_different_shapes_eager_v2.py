# Port of TF variables_test.py VariablesTestCase.testAssignDifferentShapesEagerNotAllowed: an eager variable
# of shape (1, 1) from NumPy zeros (float64) rejects assigning a (2, 2) value with ValueError (recorded).
import numpy as np
import tensorflow as tf

var = tf.Variable(np.zeros(shape=[1, 1]))
var.assign(np.zeros(shape=[2, 2]))
