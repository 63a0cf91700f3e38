# tf.name_scope prefixes tf.Variable but not get_variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("ns"):
    a = tf.get_variable("a", [1])
    b = tf.Variable(1.0, name="b")
    with tf.variable_scope("vs"):
        c = tf.get_variable("c", [1])
        d = tf.Variable(1.0, name="d")
with tf.variable_scope("vs2"):
    with tf.name_scope("inner_ns"):
        e = tf.get_variable("e", [1])
        f = tf.Variable(1.0, name="f")
