# Eager get_variable runs custom getters too: a scope getter and a get_variable custom_getter rename.
import tensorflow as tf

def suffix(getter, name, *args, **kwargs):
    return getter(name + "_s", *args, **kwargs)

with tf.compat.v1.variable_scope("e", custom_getter=suffix):
    v = tf.compat.v1.get_variable("v", [2])
w = tf.compat.v1.get_variable("w", [1], custom_getter=suffix)
