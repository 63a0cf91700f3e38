# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeRegularizer: scope regularizers (set at
# entry, by set_regularizer, or disabled by no_regularizer) leave variable names and values alone; reusing
# "foo" returns the existing variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.constant_initializer(0.3)

def regularizer1(v):
    return tf.reduce_mean(v) + 0.1

def regularizer2(v):
    return tf.reduce_mean(v) + 0.2

with tf.variable_scope("tower3", regularizer=regularizer1) as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, initializer=init) as vs:
        u = tf.get_variable("u", [])
        vs.set_regularizer(regularizer2)
        w = tf.get_variable("w", [])
        x = tf.get_variable("x", [], regularizer=tf.no_regularizer)
        with tf.variable_scope("baz", regularizer=tf.no_regularizer):
            y = tf.get_variable("y", [])
        vs.set_regularizer(tf.no_regularizer)
        z = tf.get_variable("z", [])
    with tf.variable_scope("foo", reuse=True):
        v_again = tf.get_variable("v", [])
