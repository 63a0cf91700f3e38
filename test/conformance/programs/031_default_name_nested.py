# Nested default names are counted per parent scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope(None, default_name="block"):
    with tf.variable_scope(None, default_name="conv"):
        tf.get_variable("k", [1])
    with tf.variable_scope(None, default_name="conv"):
        tf.get_variable("k", [1])
with tf.variable_scope(None, default_name="block"):
    with tf.variable_scope(None, default_name="conv"):
        tf.get_variable("k", [1])
with tf.variable_scope("named", default_name="ignored"):
    tf.get_variable("k", [1])
