# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScopeOuterScope: variable_scope(outer,
# "default", values) re-enters the object (outer/w; name scopes outer_1, outer_2), with reuse=True and
# reuse_variables() sharing on the second pass.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer, "default", []):
    a = tf.get_variable("w", [])
    with tf.name_scope("scope2"):
        p1 = tf.Variable(0.0, name="p")
    with tf.variable_scope(None, "default", []):
        b = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p2 = tf.Variable(0.0, name="p")
with tf.variable_scope(outer, "default", reuse=True):
    c = tf.get_variable("w", [])
    with tf.name_scope("scope2"):
        p3 = tf.Variable(0.0, name="p")
    outer.reuse_variables()
    with tf.variable_scope(None, "default", []):
        d = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p4 = tf.Variable(0.0, name="p")
