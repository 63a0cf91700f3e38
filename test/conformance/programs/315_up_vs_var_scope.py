# Port of TF variable_scope_test.py VariableScopeTest.testVarScope: the name scopes opened inside variable
# scopes (made visible with a tf.Variable probe), including re-entering a scope object inside another one.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("tower4") as tower:
    with tf.name_scope("scope"):
        p1 = tf.Variable(0.0, name="probe")
with tf.variable_scope("tower5"):
    with tf.variable_scope("bar") as bar:
        with tf.name_scope("scope"):
            p2 = tf.Variable(0.0, name="probe")
with tf.variable_scope("tower6"):
    with tf.variable_scope(tower, reuse=True) as tower_shared:
        with tf.name_scope("scope"):
            p3 = tf.Variable(0.0, name="probe")
