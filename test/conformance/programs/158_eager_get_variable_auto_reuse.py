# TF2 eager: AUTO_REUSE does not share, every get_variable call creates a variable.
import tensorflow as tf


def block():
    with tf.compat.v1.variable_scope("block", reuse=tf.compat.v1.AUTO_REUSE):
        return tf.compat.v1.get_variable("w", [2, 2])


first = block()
second = block()
print(first is second)
