# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScopeUniqueNamesInterleavedSubstringScopes:
# default-name counters of "defaultScope1" and its prefix "defaultScope" are independent.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        a = tf.get_variable("w", [])
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        b = tf.get_variable("w", [])
with tf.variable_scope(None, "defaultScope"):
    with tf.variable_scope(None, "layer"):
        c = tf.get_variable("w", [])
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        d = tf.get_variable("w", [])
