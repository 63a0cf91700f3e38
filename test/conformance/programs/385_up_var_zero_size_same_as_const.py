# Port of TF variables_test.py VariablesTestCase.testZeroSizeVarSameAsConst: a zero-size (0, 2) variable from tf.zeros,
# used in a matmul.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

zero_size_var = tf.Variable(tf.zeros([0, 2]))
zero_size_const = tf.ones([2, 0])
variable_mul = tf.matmul(zero_size_const, zero_size_var)
