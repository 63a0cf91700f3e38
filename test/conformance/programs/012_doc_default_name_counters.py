# default_name counters restart when a saved parent scope is entered again.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo") as vs:
    with tf.compat.v1.variable_scope(None, default_name="bar"):
        a = tf.compat.v1.get_variable("a", [1])
    with tf.compat.v1.variable_scope(None, default_name="bar"):
        b = tf.compat.v1.get_variable("b", [1])

with tf.compat.v1.variable_scope(vs):
    with tf.compat.v1.variable_scope(None, default_name="bar"):
        c = tf.compat.v1.get_variable("c", [1])
