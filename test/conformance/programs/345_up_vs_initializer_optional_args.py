# Port of TF variable_scope_test.py VariableScopeTest.testGetVariableWithInitializerWhichTakesOptionalArgs:
# a lambda whose only parameter has a default also counts as taking no arguments.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("foo", initializer=lambda x=True: [2])
