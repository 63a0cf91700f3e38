# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScopeReuseError: a default-named scope opened
# with reuse=True has nothing to share, so get_variable raises ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope(None, "default", reuse=True):
    w = tf.get_variable("w", [])
