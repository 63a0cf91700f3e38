# get_variable inside both branches of tf.cond: both branches are built in graph mode.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v0 = tf.get_variable("v0", [], initializer=tf.constant_initializer(0))


def then_branch():
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
    return v1 + v0


def else_branch():
    v2 = tf.get_variable("v2", [1], initializer=tf.constant_initializer(2))
    return v2 + v0


out = tf.cond(tf.less(v0, 10), then_branch, else_branch)
