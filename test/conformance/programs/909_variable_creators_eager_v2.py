# Eager variable creators rename tf.Variable and get_variable; variable scopes entered by explicit calls and
# exited out of order raise "Improper nesting of variable_scope." (uncaught).
import tensorflow as tf


def suffixed(next_creator, **kwargs):
    kwargs["name"] = kwargs["name"] + "_x2"
    return next_creator(**kwargs)


with tf.variable_creator_scope(suffixed):
    v = tf.Variable(1.0, name="v")
    w = tf.compat.v1.get_variable("w", [3])
u = tf.Variable(1.0, name="u")
s1 = tf.compat.v1.variable_scope("one")
s1.__enter__()
s2 = tf.compat.v1.variable_scope("two")
s2.__enter__()
x = tf.compat.v1.get_variable("x", [1])
s1.__exit__(None, None, None)
