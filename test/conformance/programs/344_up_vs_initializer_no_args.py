# Port of TF variable_scope_test.py VariableScopeTest.testGetVariableWithInitializerWhichTakesNoArgs:
# a zero-argument lambda returning [2] initializes "foo" (int32, shape [1]).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("foo", initializer=lambda: [2])
