# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeNameScope: name scopes of a variable scope
# opened under an outer name scope, re-entered by object and by string (tower_1, tower_2), and of the root
# scope re-entered (probed with tf.Variable).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("testVarScopeNameScope1"):
    with tf.variable_scope("tower") as tower:
        with tf.name_scope("scope2"):
            a = tf.Variable(0.0, name="p")
    with tf.variable_scope(tower):
        with tf.name_scope("scope2"):
            b = tf.Variable(0.0, name="p")
    with tf.variable_scope("tower"):
        with tf.name_scope("scope2"):
            c = tf.Variable(0.0, name="p")
with tf.name_scope("testVarScopeNameScope2"):
    with tf.variable_scope("tower"):
        with tf.name_scope("scope2"):
            d = tf.Variable(0.0, name="p")
    with tf.variable_scope(tower):
        with tf.name_scope("scope2"):
            e = tf.Variable(0.0, name="p")
root_var_scope = tf.get_variable_scope()
with tf.name_scope("testVarScopeNameScope3"):
    with tf.variable_scope(root_var_scope):
        with tf.name_scope("scope2"):
            f = tf.Variable(0.0, name="p")
