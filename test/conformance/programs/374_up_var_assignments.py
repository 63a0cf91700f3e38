# Port of TF variables_test.py VariablesTestCase.testAssignments: assign_add / assign_sub / assign on a variable create no
# variables; only Variable (0.0) exists.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(0.0)
plus_one = var.assign_add(1.0)
minus_one = var.assign_sub(2.0)
four = var.assign(4.0)
