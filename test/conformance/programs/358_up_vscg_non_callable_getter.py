# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testNonCallableGetterFails: a
# non-callable custom_getter on a scope (caught: marker) or on get_variable raises ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

try:
    with tf.variable_scope("scope0", custom_getter=3):
        tf.get_variable("name0")
except ValueError:
    caught = tf.Variable(0.0, name="caught_scope_getter")
tf.get_variable("name0", custom_getter=3)
