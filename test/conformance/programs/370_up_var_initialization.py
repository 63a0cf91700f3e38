# Port of TF variables_test.py VariablesTestCase.testInitialization: two unnamed VariableV1 scalars are named Variable and
# Variable_1 with shape [] and values 0.0 and 1.1.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var0 = tf.Variable(0.0)
var1 = tf.Variable(1.1)
