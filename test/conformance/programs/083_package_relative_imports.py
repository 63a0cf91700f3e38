# A workspace package whose modules use relative imports.
import tensorflow.compat.v1 as tf
from _pkg import residual_block, projection
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 8])
with tf.variable_scope("tower"):
    for i in range(2):
        x = residual_block(x, 8, i)
    y = projection(x, 8, 3)
