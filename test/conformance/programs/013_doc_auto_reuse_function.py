# AUTO_REUSE: the first call creates the variable, the second one returns it.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()


def make():
    with tf.compat.v1.variable_scope("foo", reuse=tf.compat.v1.AUTO_REUSE):
        v = tf.compat.v1.get_variable("v", [1])
    return v


first = make()
second = make()
print(first is second)
