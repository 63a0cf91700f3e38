# Port of TF variables_test.py VariablesTestCase.testResourceAssignments: the same assignments on a resource variable
# (use_resource=True) in graph mode; one variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(0.0, use_resource=True)
plus_one = var.assign_add(1.0)
minus_one = var.assign_sub(2.0)
four = var.assign(4.0)
