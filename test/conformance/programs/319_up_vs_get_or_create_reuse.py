# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeGetOrCreateReuse: under AUTO_REUSE the
# first get_variable creates "..._bar/var" and every later one (assigned constants 42, 13, 17) shares it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def test_value(value):
    x = tf.constant(value)
    with tf.variable_scope("testVarScopeGetOrCreateReuse_bar", reuse=tf.AUTO_REUSE):
        _ = tf.assign(tf.get_variable("var", []), x)
    with tf.variable_scope("testVarScopeGetOrCreateReuse_bar", reuse=tf.AUTO_REUSE):
        _ = tf.get_variable("var", [])

test_value(42.0)
test_value(13.0)
test_value(17.0)
