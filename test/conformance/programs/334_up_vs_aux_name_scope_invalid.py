# Port of TF variable_scope_test.py VariableScopeTest.testAuxiliaryNameScopeIsInvalid: a non-bool
# auxiliary_name_scope raises TypeError for default-named, named (both caught: markers) and object scopes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

try:
    with tf.variable_scope(None, default_name="scope", auxiliary_name_scope="invalid"):
        pass
except TypeError:
    c1 = tf.Variable(0.0, name="caught_default_named")
try:
    with tf.variable_scope("scope", auxiliary_name_scope="invalid"):
        pass
except TypeError:
    c2 = tf.Variable(0.0, name="caught_named")
with tf.variable_scope("scope") as scope:
    pass
with tf.variable_scope(scope, auxiliary_name_scope="invalid"):
    pass
