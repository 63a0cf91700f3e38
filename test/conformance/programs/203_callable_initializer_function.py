# A plain function (or lambda) used as a get_variable initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def threes(shape, dtype=tf.float32, partition_info=None):
    return tf.ones(shape, dtype) * 3.0


a = tf.get_variable("a", [2, 2], initializer=threes)
b = tf.get_variable("b", [3], initializer=lambda shape, dtype, partition_info=None: tf.zeros(shape, dtype))
