# Port of TF variables_test.py VariablesTestCase.testSession: an int32 variable [1, 12].
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable([1, 12])
