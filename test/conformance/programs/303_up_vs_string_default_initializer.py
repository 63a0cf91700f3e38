# Port of TF variable_scope_test.py VariableScopeTest.testStringDefaultInitializer: a string get_variable
# with no initializer gets the empty string as its initial value.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("string", shape=[], dtype=tf.string)
