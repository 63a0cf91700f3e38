# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScopeReuseParam: reuse=True on an inner
# variable_scope(name, default_name) and outer.reuse_variables() share the first pass's variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as outer:
    with tf.variable_scope("tower", "default", []):
        a = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p1 = tf.Variable(0.0, name="p")
    with tf.variable_scope(None, "default", []):
        b = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p2 = tf.Variable(0.0, name="p")
with tf.variable_scope(outer) as outer:
    with tf.variable_scope("tower", "default", reuse=True):
        c = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p3 = tf.Variable(0.0, name="p")
    outer.reuse_variables()
    with tf.variable_scope(None, "default", []):
        d = tf.get_variable("w", [])
        with tf.name_scope("scope2"):
            p4 = tf.Variable(0.0, name="p")
