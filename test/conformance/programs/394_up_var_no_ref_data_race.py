# Port of TF variables_test.py VariablesTestCase.testNoRefDataRace: a = [1, 2, 3] (float32), b and c built from the
# previous variable's initialized value plus 2; all of shape [3].
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def initialized_value(var):
    # the upstream test's helper, in our words: the value if initialized, else the initial value
    return tf.cond(tf.is_variable_initialized(var), var.read_value, lambda: var.initial_value)

a = tf.Variable([1, 2, 3], dtype=tf.float32)
b = tf.Variable(initialized_value(a) + 2)
c = tf.Variable(initialized_value(b) + 2)
