# A function creating tf.Variable called twice gets uniquified names in graph mode.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def counter(name):
    with tf.name_scope(name):
        return tf.Variable(0, name="count", trainable=False)


a = counter("stats")
b = counter("stats")
c = counter("other")
