# A partitioner whose result does not match the variable's rank raises (caught); a partitioner given for a
# name that exists unpartitioned raises TF's "unpartitioned version" error (uncaught).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def wrong_rank(shape, dtype):
    return [2]


with tf.variable_scope("m"):
    try:
        tf.get_variable("y", shape=[4, 2], partitioner=wrong_rank)
    except ValueError:
        marker = tf.Variable(0, name="caught_rank")
    plain = tf.get_variable("x", shape=[4])
with tf.variable_scope("m", reuse=True, partitioner=tf.fixed_size_partitioner(2)):
    tf.get_variable("x", shape=[4])
