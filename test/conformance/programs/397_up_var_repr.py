# Port of TF variables_test.py VariablesTestCase.testRepr: VariableV1 "noop" from (5, 5) float32 NumPy zeros (a ref
# variable, float32_ref).
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(np.zeros((5, 5), np.float32), name="noop")
