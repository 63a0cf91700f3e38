# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScopeUniqueNamesWithJump: re-entering the
# enclosing scope object in between does not reset default-name numbering (layer, layer_1, layer_2).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("default") as default:
    with tf.variable_scope(None, "layer"):
        a = tf.get_variable("w", [])
    with tf.variable_scope(None, "layer"):
        b = tf.get_variable("w", [])
    with tf.variable_scope(default):
        pass
    with tf.variable_scope(None, "layer"):
        c = tf.get_variable("w", [])
