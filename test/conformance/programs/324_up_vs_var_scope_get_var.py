# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeGetVar: sharing through scope objects and
# names with reuse; duplicate, missing and shape-mismatch errors are caught (marker variables), the final
# dtype mismatch on reuse is recorded.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("root"):
    with tf.variable_scope("towerA") as tower_a:
        va = tf.get_variable("v", [1])
    with tf.variable_scope(tower_a, reuse=True):
        va2 = tf.get_variable("v", [1])
    with tf.variable_scope("towerB"):
        vb = tf.get_variable("v", [1])
    try:
        with tf.variable_scope("towerA"):
            tf.get_variable("v", [1])
    except ValueError:
        c1 = tf.Variable(0.0, name="caught_duplicate")
    with tf.variable_scope("towerA", reuse=True):
        va2 = tf.get_variable("v", [1])
    with tf.variable_scope("foo"):
        with tf.variable_scope("bar"):
            v = tf.get_variable("v", [1])
            with tf.variable_scope(tower_a, reuse=True):
                va3 = tf.get_variable("v", [1])
    try:
        with tf.variable_scope(tower_a, reuse=True):
            with tf.variable_scope("baz"):
                tf.get_variable("v", [1])
    except ValueError:
        c2 = tf.Variable(0.0, name="caught_missing")
    try:
        with tf.variable_scope(tower_a, reuse=True):
            tf.get_variable("v", [2])
    except ValueError:
        c3 = tf.Variable(0.0, name="caught_shape")
    with tf.variable_scope(tower_a, reuse=True):
        tf.get_variable("v", [1], dtype=tf.int32)
