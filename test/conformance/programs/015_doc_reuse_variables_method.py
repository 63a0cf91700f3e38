# Sharing through the captured scope's reuse_variables().
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo") as scope:
    v = tf.compat.v1.get_variable("v", [1])
    scope.reuse_variables()
    v1 = tf.compat.v1.get_variable("v", [1])
