# Port of TF variables_test.py VariablesTestCase.testInitializationOrder: rnd (3, 6) from random_uniform, dep and depdep
# built from initialized values of earlier variables all have shape (3, 6) and their requested names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def initialized_value(var):
    # the upstream test's helper, in our words: the value if initialized, else the initial value
    return tf.cond(tf.is_variable_initialized(var), var.read_value, lambda: var.initial_value)

rnd = tf.Variable(tf.random_uniform([3, 6]), name="rnd")
dep = tf.Variable(initialized_value(rnd), name="dep")
added_val = initialized_value(rnd) + initialized_value(dep) + 2.0
added_val.set_shape(rnd.get_shape())
depdep = tf.Variable(added_val, name="depdep")
