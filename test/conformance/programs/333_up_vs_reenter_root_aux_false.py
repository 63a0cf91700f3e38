# Port of TF variable_scope_test.py VariableScopeTest.testReenterRootScopeWhenAuxiliaryNameScopeIsFalse:
# re-entering the root variable scope without an auxiliary name scope: get_variable is unscoped, tf.Variable
# keeps the enclosing name scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

root_scope = tf.get_variable_scope()
with tf.variable_scope(root_scope, auxiliary_name_scope=False) as scope:
    a = tf.get_variable("w", [])
    ca = tf.Variable(0.0, name="c")
with tf.variable_scope("outer"):
    with tf.variable_scope(root_scope, auxiliary_name_scope=False) as inner:
        b = tf.get_variable("w1", [])
        cb = tf.Variable(0.0, name="c1")
