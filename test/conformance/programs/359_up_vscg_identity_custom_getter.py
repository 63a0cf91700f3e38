# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testNoSideEffectsWithIdentityCustomGetter:
# a pass-through custom getter changes nothing: scope/v and new_scope/v3 are created once and shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

called = [0]

def custom_getter(getter, *args, **kwargs):
    called[0] += 1
    return getter(*args, **kwargs)

with tf.variable_scope("scope", custom_getter=custom_getter) as scope:
    v = tf.get_variable("v", [1])
with tf.variable_scope(scope, reuse=True):
    v2 = tf.get_variable("v", [1])
with tf.variable_scope("new_scope") as new_scope:
    v3 = tf.get_variable("v3", [1])
with tf.variable_scope(new_scope, reuse=True, custom_getter=custom_getter):
    v4 = tf.get_variable("v3", [1])
