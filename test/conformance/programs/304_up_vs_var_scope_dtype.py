# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeDType: a scope's dtype (float16) is the
# dtype of get_variable under it, nested and when the outer scope object is re-entered.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("tower2") as tower:
    with tf.variable_scope("foo", dtype=tf.float16):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, dtype=tf.float16):
        w = tf.get_variable("w", [])
