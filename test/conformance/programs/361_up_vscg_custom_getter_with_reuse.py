# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testCustomGetterWithReuse: a getter that
# wraps the variable in an identity op on reuse; only scope/v is a variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def custom_getter(getter, *args, **kwargs):
    var = getter(*args, **kwargs)
    if kwargs["reuse"]:
        return tf.identity(var, name="reused")
    return tf.identity(var, name="not_reused")

with tf.variable_scope("scope", custom_getter=custom_getter) as scope:
    v = tf.get_variable("v", [1])
with tf.variable_scope(scope, reuse=True):
    v2 = tf.get_variable("v", [1])
