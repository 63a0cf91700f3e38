# Port of TF variable_scope_test.py VariableScopeTest.testEnableResourceVariables: VariableV1 after
# enable_resource_variables and after disable_resource_variables (names Variable, Variable_1; value 1.0).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

tf.enable_resource_variables()
a = tf.Variable(1.0)
tf.disable_resource_variables()
b = tf.Variable(1.0)
