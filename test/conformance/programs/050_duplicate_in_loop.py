# A loop that forgets to vary the name raises on its second iteration.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("stack"):
    for i in range(4):
        w = tf.get_variable("w", [i + 1, 2])
