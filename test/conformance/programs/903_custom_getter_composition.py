# Custom getters of nested scopes compose (inner first, then the enclosing scope's), also for a default_name
# scope and a re-entered scope object; a getter given to get_variable replaces the scope's instead.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def suffix(tag):
    def getter(getter, name, *args, **kwargs):
        return getter(name + "_" + tag, *args, **kwargs)
    return getter


def frozen(getter, *args, **kwargs):
    kwargs["trainable"] = False
    return getter(*args, **kwargs)


with tf.variable_scope("outer", custom_getter=suffix("a")) as outer:
    with tf.variable_scope(None, default_name="block", custom_getter=frozen):
        w = tf.get_variable("w", [2, 3])
    own = tf.get_variable("own", [1], custom_getter=suffix("own"))
with tf.variable_scope(outer, custom_getter=suffix("b")):
    x = tf.get_variable("x", [4])
    with tf.variable_scope("deep", custom_getter=suffix("c")):
        y = tf.get_variable("y", [5], initializer=tf.ones_initializer())
