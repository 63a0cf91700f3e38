# Port of TF variable_scope_test.py VariableScopeTest.testGetLocalVariables: get_variable with
# collections=[LOCAL_VARIABLES] is local (and, given explicit collections, not trainable-listed).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

_ = tf.get_variable("a", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
with tf.variable_scope("foo") as scope:
    _ = tf.get_variable("b", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
    _ = tf.get_variable("c", [])
