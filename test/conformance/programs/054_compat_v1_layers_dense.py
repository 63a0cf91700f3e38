# tf.compat.v1.layers.dense under a variable scope (TF 2.21 ships Keras 3).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 4])
with tf.variable_scope("head"):
    w = tf.get_variable("w", [4, 4])
    y = tf.layers.dense(x, 3)
