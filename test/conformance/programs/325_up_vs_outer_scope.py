# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeOuterScope: re-entering a closed scope
# object (plain, then reuse=True) keeps variable names outer/... while name scopes count outer_1, outer_2.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer):
    a = tf.get_variable("w", [])
    with tf.name_scope("scope2"):
        p1 = tf.Variable(0.0, name="p")
    with tf.variable_scope("default"):
        b = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p2 = tf.Variable(0.0, name="p")
with tf.variable_scope(outer, reuse=True):
    c = tf.get_variable("w", [])
    with tf.name_scope("scope2"):
        p3 = tf.Variable(0.0, name="p")
    with tf.variable_scope("default", reuse=True):
        d = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p4 = tf.Variable(0.0, name="p")
