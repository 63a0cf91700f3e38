# Port of TF variables_test.py VariablesTestCase.testCountUpToInt64: a variable from a int64 zero constant, with a count_up_to(3) op, is
# a scalar int64 variable starting at 0.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

zero = tf.constant(0, dtype=tf.int64)
var = tf.Variable(zero)
count_up_to = var.count_up_to(3)
