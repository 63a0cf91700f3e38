# A recursive builder: each level opens a scope and recurses.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def tree(depth, width):
    tf.get_variable("node", [width])
    if depth > 0:
        with tf.variable_scope("left"):
            tree(depth - 1, width * 2)
        with tf.variable_scope("right"):
            tree(depth - 1, width * 2)


with tf.variable_scope("tree"):
    tree(2, 1)
