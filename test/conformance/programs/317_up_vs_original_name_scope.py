# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeOriginalNameScope: re-entering a scope
# object under another name scope, and re-opening its original_name_scope (probes are tf.Variables).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("scope1"):
    with tf.variable_scope("tower") as tower:
        with tf.name_scope("scope2"):
            a = tf.Variable(0.0, name="p")
with tf.name_scope("scope2"):
    with tf.variable_scope(tower) as tower1:
        with tf.name_scope("foo"):
            b = tf.Variable(0.0, name="p")
    with tf.name_scope(tower.original_name_scope):
        with tf.name_scope("bar"):
            c = tf.Variable(0.0, name="p")
with tf.name_scope("scope2"):
    with tf.variable_scope(tower):
        with tf.name_scope(tower.original_name_scope):
            with tf.name_scope("bar"):
                d = tf.Variable(0.0, name="p")
