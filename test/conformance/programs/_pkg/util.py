# Workspace helper (not an entry): initializer factory and naming helper for _pkg.blocks.
import tensorflow.compat.v1 as tf


def small_normal(scale=1.0):
    return tf.random_normal_initializer(stddev=0.01 * scale)


def scoped(prefix, index):
    return "%s_%d" % (prefix, index)
