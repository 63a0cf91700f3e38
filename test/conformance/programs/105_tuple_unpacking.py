# Tuple unpacking, swaps and starred assignment.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

in_dim, out_dim = 4, 5
in_dim, out_dim = out_dim, in_dim
first, *rest = [7, 8, 9]
(h, w), c = (3, 3), 16
a = tf.get_variable("a", [in_dim, out_dim])
b = tf.get_variable("b", rest)
k = tf.get_variable("k", [h, w, first, c])
