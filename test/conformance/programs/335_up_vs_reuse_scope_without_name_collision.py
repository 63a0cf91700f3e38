# Port of TF variable_scope_test.py VariableScopeTest.testReuseScopeWithoutNameScopeCollision: re-entering a
# scope object with auxiliary_name_scope=False and then its original_name_scope (probes are tf.Variables).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer"):
    with tf.variable_scope("inner") as inner:
        pass
with tf.variable_scope(inner, auxiliary_name_scope=False) as scope:
    with tf.name_scope(scope.original_name_scope):
        a = tf.get_variable("w", [])
        ca = tf.Variable(0.0, name="c")
    with tf.name_scope("inner"):
        cb = tf.Variable(0.0, name="c")
with tf.variable_scope("another"):
    with tf.variable_scope(inner, auxiliary_name_scope=False) as scope1:
        with tf.name_scope(scope1.original_name_scope):
            b = tf.get_variable("w1", [])
            cc = tf.Variable(0.0, name="c1")
        with tf.name_scope("inner"):
            cd = tf.Variable(0.0, name="c")
