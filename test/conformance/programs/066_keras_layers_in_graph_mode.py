# Keras 3 layers called on a v1 placeholder in graph mode.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 4])
with tf.variable_scope("scope"):
    w = tf.get_variable("w", [4, 2])
    layer = tf.keras.layers.Dense(3)
    y = layer(x)
