# Port of TF variable_scope_test.py VariableScopeTest.testBasicWhenAuxiliaryNameScopeIsFalse: with
# auxiliary_name_scope=False, get_variable is scoped but no name scope opens, so tf.Variable probes land in
# the enclosing name scope; a later name_scope("scope") is not uniquified.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("scope", auxiliary_name_scope=False) as scope:
    a = tf.get_variable("w", [])
    ca = tf.Variable(0.0, name="c")
with tf.variable_scope(scope, auxiliary_name_scope=False):
    b = tf.get_variable("w1", [])
    cb = tf.Variable(0.0, name="c1")
with tf.name_scope("scope"):
    cc = tf.Variable(0.0, name="c")
with tf.variable_scope("outer"):
    with tf.variable_scope("inner", auxiliary_name_scope=False) as inner:
        d = tf.get_variable("w", [])
        cd = tf.Variable(0.0, name="c")
    with tf.variable_scope(inner, auxiliary_name_scope=False) as inner1:
        e = tf.get_variable("w1", [])
        ce = tf.Variable(0.0, name="c1")
    with tf.name_scope("inner"):
        cf = tf.Variable(0.0, name="c")
