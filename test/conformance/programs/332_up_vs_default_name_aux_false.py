# Port of TF variable_scope_test.py VariableScopeTest.testCreatedByDefaultNameWhenAuxiliaryNameScopeIsFalse:
# a default-named scope with auxiliary_name_scope=False names variables default/... but opens no name scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as scope:
    a = tf.get_variable("w", [])
    ca = tf.Variable(0.0, name="c")
with tf.name_scope("default"):
    cb = tf.Variable(0.0, name="c")
with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as inner:
        b = tf.get_variable("w", [])
        cc = tf.Variable(0.0, name="c")
    with tf.name_scope("default"):
        cd = tf.Variable(0.0, name="c")
