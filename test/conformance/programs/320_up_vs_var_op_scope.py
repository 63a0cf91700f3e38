# Port of TF variable_scope_test.py VariableScopeTest.testVarOpScope: variable_scope(name, default_name,
# values) under a name scope; a second "tower" raises on the duplicate (caught: marker) and opens tower_1;
# variable_scope(None, "default") counts default, default_1. Name scopes probed with tf.Variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("testVarOpScope1"):
    with tf.variable_scope("tower", "default", []):
        w1 = tf.get_variable("w", [])
        with tf.name_scope("testVarOpScope2"):
            p1 = tf.Variable(0.0, name="p")
    with tf.variable_scope("tower", "default", []):
        try:
            tf.get_variable("w", [])
        except ValueError:
            caught = tf.Variable(0.0, name="caught_duplicate")
        with tf.name_scope("testVarOpScope2"):
            p2 = tf.Variable(0.0, name="p")
with tf.name_scope("testVarOpScope2"):
    with tf.variable_scope(None, "default", []):
        w2 = tf.get_variable("w", [])
        with tf.name_scope("testVarOpScope2"):
            p3 = tf.Variable(0.0, name="p")
    with tf.variable_scope(None, "default", []):
        w3 = tf.get_variable("w", [])
        with tf.name_scope("testVarOpScope2"):
            p4 = tf.Variable(0.0, name="p")
