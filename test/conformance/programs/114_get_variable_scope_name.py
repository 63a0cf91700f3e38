# Names derived from tf.get_variable_scope().name inside nested scopes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        here = tf.get_variable_scope().name
        tf.get_variable(here.replace("/", "_"), [1])
root = tf.get_variable_scope().name
tf.get_variable("root" + root + "x", [1])
