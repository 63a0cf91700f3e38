# Eager get_variable with a user partitioner: parts are made (and not shared), a zero-parts result raises
# (caught), a scope's partitioner skips a scalar and splits a vector.
import tensorflow as tf


def halves(shape, dtype):
    return [2] + [1] * (len(shape) - 1)


table = tf.compat.v1.get_variable("table", shape=[5, 2], partitioner=halves,
                                  initializer=tf.compat.v1.zeros_initializer())
try:
    tf.compat.v1.get_variable("bad", shape=[3, 2], partitioner=lambda shape, dtype: [0, 1])
except ValueError:
    caught = tf.Variable(0.0, name="caught_zero")
with tf.compat.v1.variable_scope("s", partitioner=halves):
    scalar = tf.compat.v1.get_variable("scalar", shape=[])
    vec = tf.compat.v1.get_variable("vec", shape=(3,))
