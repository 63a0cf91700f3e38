# Helpers imported with "from x import y" and an alias.
import tensorflow.compat.v1 as tf
from _layers import dense as fully_connected, make_bias
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3])
with tf.variable_scope("model"):
    h = fully_connected(x, 3, 5, "hidden")
    b = make_bias("offset", 5)
