# The error is raised inside a helper module: the line is the helper's.
import tensorflow.compat.v1 as tf
from _layers import dense
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 8])
with tf.variable_scope("net"):
    h = dense(x, 8, 8, "fc")
    h = dense(h, 8, 8, "fc")
