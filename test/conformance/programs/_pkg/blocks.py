# Workspace helper (not an entry): blocks built with relative imports inside the package.
import tensorflow.compat.v1 as tf
from .util import small_normal, scoped
from . import util


def residual_block(x, dim, index):
    with tf.variable_scope(scoped("res", index)):
        w1 = tf.get_variable("w1", [dim, dim], initializer=small_normal())
        w2 = tf.get_variable("w2", [dim, dim], initializer=util.small_normal(scale=2.0))
    return x + tf.matmul(tf.matmul(x, w1), w2)


def projection(x, in_dim, out_dim):
    w = tf.get_variable("proj", [in_dim, out_dim])
    return tf.matmul(x, w)
