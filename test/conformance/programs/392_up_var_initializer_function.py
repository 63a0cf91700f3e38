# Port of TF variables_test.py VariablesTestCase.testInitializerFunction: a callable initial value gives shape [2, 1] and
# value [[-42], [133.7]]; a second variable from its negated initialized value has the same shape.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def initialized_value(var):
    # the upstream test's helper, in our words: the value if initialized, else the initial value
    return tf.cond(tf.is_variable_initialized(var), var.read_value, lambda: var.initial_value)

value = [[-42], [133.7]]
initializer = lambda: tf.constant(value)
v1 = tf.Variable(initializer, dtype=tf.float32)
v2 = tf.Variable(tf.negative(initialized_value(v1)), dtype=tf.float32)
