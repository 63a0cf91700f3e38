# reset_default_graph forgets earlier variables, so names can be created again.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("net"):
    a = tf.get_variable("w", [2])
    t = tf.Variable(0, name="t")
tf.reset_default_graph()
with tf.variable_scope("net"):
    b = tf.get_variable("w", [4])
    t2 = tf.Variable(0, name="t")
