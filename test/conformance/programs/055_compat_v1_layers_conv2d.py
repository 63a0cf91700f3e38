# tf.compat.v1.layers.conv2d (TF 2.21 ships Keras 3).
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

x = tf.compat.v1.placeholder(tf.float32, [None, 8, 8, 3])
with tf.compat.v1.variable_scope("cnn"):
    y = tf.compat.v1.layers.conv2d(x, 16, 3, name="conv")
