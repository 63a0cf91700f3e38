# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeNestingError: exiting an entered
# variable_scope while an inner one is still open raises RuntimeError (recorded with its message).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("aa"):
    scope = tf.variable_scope("bb")
    scope.__enter__()
    before = tf.get_variable("before", [1])
    with tf.variable_scope("cc"):
        inner = tf.get_variable("inner", [1])
        scope.__exit__(None, None, None)
