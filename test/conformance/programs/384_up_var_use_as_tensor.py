# Port of TF variables_test.py VariablesTestCase.testUseVariableAsTensor: two scalar variables (2.0, 3.0) used in an add.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var_x = tf.Variable(2.0)
var_y = tf.Variable(3.0)
total = tf.add(var_x, var_y)
