# Multi-tower pattern: reuse=(i > 0) on the root scope object and on a named scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

for i in range(3):
    with tf.variable_scope(tf.get_variable_scope(), reuse=(i > 0)):
        with tf.variable_scope("shared"):
            w = tf.get_variable("w", [4, 4])
    with tf.variable_scope("head", reuse=bool(i)):
        b = tf.get_variable("b", [4])
    with tf.name_scope("tower_%d" % i):
        local = tf.Variable(tf.zeros([1]), name="local")
