# variable_scope(None, default_name, values=[...]) as older layer code wrote it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def affine(x, units, scope=None):
    with tf.variable_scope(scope, default_name="affine", values=[x]):
        w = tf.get_variable("w", [int(x.shape[-1]), units])
        return tf.matmul(x, w)


x = tf.placeholder(tf.float32, [None, 4])
h = affine(x, 3)
h = affine(h, 2)
h = affine(h, 1, scope="final")
