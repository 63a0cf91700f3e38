# Port of TF variable_scope_test.py VariableScopeTest.testGetLocalVar (graph mode): get_local_variable is
# named by the variable scope, is local and not trainable (plus the extra "foo" collection), and is shared
# under reuse=True.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as outer:
    with tf.variable_scope(outer, "default", []):
        local_var = tf.get_local_variable("w", [], collections=["foo"])
with tf.variable_scope(outer, "default", reuse=True):
    again = tf.get_local_variable("w", [])
