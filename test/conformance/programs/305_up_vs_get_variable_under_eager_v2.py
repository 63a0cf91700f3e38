# Port of TF variable_scope_test.py VariableScopeTest.testGetVariableInGraphNestedUnderEagerContext: in eager
# mode get_variable makes a resource variable (named by its argument) that a tf.function can take.
import tensorflow as tf

@tf.function
def f(v):
    return v + 1.0

var = tf.compat.v1.get_variable("should_be_resource", [])
f(var)
