# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeConstraint: a scope-level constraint does
# not change the names or values of the variables made under it (nested and re-entered by object).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

constraint = lambda x: 0.0 * x
with tf.variable_scope("tower1") as tower:
    with tf.variable_scope("foo", constraint=constraint):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, constraint=constraint):
        w = tf.get_variable("w", [])
