# A custom getter on the scope renames every variable it creates.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def suffix_getter(getter, name, *args, **kwargs):
    return getter(name + "_ema", *args, **kwargs)


with tf.variable_scope("m", custom_getter=suffix_getter):
    w = tf.get_variable("w", [2, 2])
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
plain = tf.get_variable("plain", [1])
