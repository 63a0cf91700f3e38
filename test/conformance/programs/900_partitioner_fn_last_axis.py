# A user partitioner function splitting the last axis (shape.as_list(), a tuple result), a lambda returning
# a list, reuse under AUTO_REUSE with the same partitioner, a tuple-vs-list mismatch and two split axes (caught).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def split_last(shape=None, dtype=None):
    dims = shape.as_list()
    parts = [1] * len(dims)
    parts[-1] = (dims[-1] + 1) // 2
    return tuple(parts)


with tf.variable_scope("emb", initializer=tf.truncated_normal_initializer(stddev=0.5)):
    w = tf.get_variable("w", shape=[3, 5], dtype=tf.float64, partitioner=split_last)
    b = tf.get_variable("b", shape=[6], partitioner=lambda shape, dtype: [2])
with tf.variable_scope("emb", reuse=tf.AUTO_REUSE):
    w_again = tf.get_variable("w", shape=[3, 5], dtype=tf.float64, partitioner=split_last)
    try:
        tf.get_variable("b", shape=[6], partitioner=lambda shape, dtype: (2,))
    except ValueError:
        tf.Variable(1.0, name="caught_tuple_vs_list")
try:
    tf.get_variable("grid", shape=[4, 4], partitioner=lambda shape, dtype: [2, 2])
except ValueError:
    tf.Variable(2.0, name="caught_two_axes")
last = tf.get_variable("last", shape=[4, 6], partitioner=lambda shape, dtype: [1, 3])
