# Port of TF variables_test.py VariablesTestCase.testAssignDifferentShapesAllowed (graph mode): shape=TensorShape(None)
# gives a variable of unknown shape (float64 zeros) that accepts a (2, 2) assignment.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(np.zeros(shape=[1, 1]), shape=tf.TensorShape(None))
op = var.assign(np.zeros(shape=[2, 2]))
