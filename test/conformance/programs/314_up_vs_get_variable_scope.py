# Port of TF variable_scope_test.py VariableScopeTest.testGetVariableScope: set_initializer on the current
# scope applies to the next get_variable; reuse_variables() then makes a new name raise ValueError.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.constant_initializer(0.3)
with tf.variable_scope("bar"):
    tf.get_variable_scope().set_initializer(init)
    v = tf.get_variable("v", [])
    tf.get_variable_scope().reuse_variables()
    w = tf.get_variable("w", [1])
