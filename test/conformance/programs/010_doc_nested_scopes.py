# Two nested variable scopes prefix a get_variable name.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo"):
    with tf.compat.v1.variable_scope("bar"):
        v = tf.compat.v1.get_variable("v", [1])
