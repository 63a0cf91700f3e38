# Scope and variable names may contain dots and hyphens.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("layer.1"):
    a = tf.get_variable("w-in", [1])
with tf.variable_scope("block-2"):
    b = tf.get_variable("v.0", [1])
    c = tf.Variable(0.0, name="t-1")
