# Port of TF variable_scope_test.py VariableScopeTest.testGetGlobalVariables: a root and a scoped global
# variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

_ = tf.get_variable("testGetGlobalVariables_a", [])
with tf.variable_scope("testGetGlobalVariables_foo") as scope:
    _ = tf.get_variable("testGetGlobalVariables_b", [])
