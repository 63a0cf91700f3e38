# Entering a captured scope object from elsewhere: variables use its name, tf.Variable uses a fresh name scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as outer:
    pass

with tf.variable_scope("elsewhere"):
    with tf.variable_scope(outer):
        w = tf.get_variable("w", [3])
        v = tf.Variable(1.0, name="v")
        with tf.variable_scope("inner"):
            i = tf.get_variable("i", [3])
    e = tf.get_variable("e", [3])
