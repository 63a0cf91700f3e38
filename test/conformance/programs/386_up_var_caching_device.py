# Port of TF variables_test.py VariablesTestCase.testCachingDevice: caching_device does not change a variable's name,
# shape or value (Variable, Variable_1, both 2.0).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var = tf.Variable(2.0)
var_cached = tf.Variable(2.0, caching_device="/job:foo")
