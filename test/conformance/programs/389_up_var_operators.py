# Port of TF variables_test.py VariablesTestCase.testOperators: the variables behind the operator checks (float, int,
# bool, a seeded NumPy (4, 4) float32 array, a (1, 2) matrix); operators create no variables.
import operator
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var_f = tf.Variable([2.0])
ops_f = [var_f + 0.0, 1.0 + var_f, var_f - 1.0, 1.0 - var_f, var_f * 10.0, 10.0 / var_f, -var_f, abs(var_f)]
var_i = tf.Variable([20])
mod = var_i % 7
rmod = 103 % var_i
var_b = tf.Variable([True, False])
and_v = operator.and_(var_b, [True, True])
invert_v = ~var_b
np.random.seed(7)
rnd = np.random.rand(4, 4).astype("f")
var_t = tf.Variable(rnd)
slice_v = var_t[2, 0:0]
var_m = tf.Variable([[2.0, 3.0]])
matmul = var_m.__matmul__([[10.0], [20.0]])
