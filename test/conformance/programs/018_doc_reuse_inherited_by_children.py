# reuse=True is inherited by sub-scopes.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("root"):
    with tf.compat.v1.variable_scope("child"):
        w = tf.compat.v1.get_variable("w", [2, 2])

with tf.compat.v1.variable_scope("root", reuse=True):
    with tf.compat.v1.variable_scope("child"):
        w_again = tf.compat.v1.get_variable("w", [2, 2])
        extra = tf.compat.v1.get_variable("extra", [2])
