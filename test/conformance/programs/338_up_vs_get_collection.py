# Port of TF variable_scope_test.py VariableScopeTest.testGetCollection: trainable and non-trainable
# variables at the root and in scopes "testGetCollection_foo_" and "testGetCollection_foo" (one a prefix).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

_ = tf.get_variable("testGetCollection_a", [])
_ = tf.get_variable("testGetCollection_b", [], trainable=False)
with tf.variable_scope("testGetCollection_foo_") as scope1:
    _ = tf.get_variable("testGetCollection_a", [])
    _ = tf.get_variable("testGetCollection_b", [], trainable=False)
with tf.variable_scope("testGetCollection_foo") as scope2:
    _ = tf.get_variable("testGetCollection_a", [])
    _ = tf.get_variable("testGetCollection_b", [], trainable=False)
