# Functions with default and keyword arguments.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def linear(name, in_dim, out_dim=16, bias=True, init_std=0.1):
    with tf.variable_scope(name):
        w = tf.get_variable("w", [in_dim, out_dim],
                            initializer=tf.random_normal_initializer(stddev=init_std))
        if bias:
            tf.get_variable("b", [out_dim], initializer=tf.zeros_initializer())
    return w


linear("l1", 8)
linear("l2", 16, 4, bias=False)
linear(in_dim=4, name="l3", init_std=0.5)
linear("l4", *[2, 3])
linear(**{"name": "l5", "in_dim": 5, "out_dim": 6})
