# AUTO_REUSE is inherited; a child with reuse=True still fails on a missing variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    a = tf.get_variable("a", [2])
    a_again = tf.get_variable("a", [2])
    with tf.variable_scope("child"):
        c = tf.get_variable("c", [2])
        c_again = tf.get_variable("c", [2])
    with tf.variable_scope("strict", reuse=True):
        s = tf.get_variable("s", [2])
