# Names built with str.format (positional, keyword, indexed).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("{}_{}".format("layer", 1)):
    a = tf.get_variable("{name}_w".format(name="dense"), [2])
    b = tf.get_variable("{0}{1}{0}".format("x", "y"), [2])
    c = tf.get_variable("w_{:02d}".format(7), [2])
