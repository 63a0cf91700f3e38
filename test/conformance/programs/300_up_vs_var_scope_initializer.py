# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeInitializer: a scope's initializer
# (constant 0.3) reaches get_variable both in a nested scope and when the outer scope object is re-entered.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.constant_initializer(0.3)
with tf.variable_scope("tower0") as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, initializer=init):
        w = tf.get_variable("w", [])
