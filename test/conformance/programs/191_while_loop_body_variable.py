# get_variable inside a tf.while_loop body is created once, when the body is traced.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def body(i, acc):
    with tf.variable_scope("step", reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [], initializer=tf.ones_initializer())
    return i + 1, acc + w


_, total = tf.while_loop(lambda i, acc: i < 5, body, [tf.constant(0), tf.constant(0.0)])
after = tf.get_variable("after", [1])
