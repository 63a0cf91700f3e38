# auxiliary_name_scope=False: the variable scope opens but the name scope does not.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("top"):
    with tf.variable_scope("quiet", auxiliary_name_scope=False):
        g = tf.get_variable("g", [1])
        v = tf.Variable(3.0, name="v")
    with tf.variable_scope("loud"):
        v2 = tf.Variable(3.0, name="v")
