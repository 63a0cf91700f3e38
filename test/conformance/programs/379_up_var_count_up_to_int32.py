# Port of TF variables_test.py VariablesTestCase.testCountUpToInt32: a variable from a int32 zero constant, with a count_up_to(3) op, is
# a scalar int32 variable starting at 0.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

zero = tf.constant(0, dtype=tf.int32)
var = tf.Variable(zero)
count_up_to = var.count_up_to(3)
