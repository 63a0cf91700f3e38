# TF1 functional layers given a name (tf.layers.conv2d(..., name="c")) open variable_scope(name) as it is (the
# functional form passes _scope=name), not a default-name scope made unique: called again with the same name under
# AUTO_REUSE they share the kernel (a head shared across pyramid levels, each level with its own batch norm);
# in a scope without reuse the second call raises "already exists". The class form (Conv2D(name=...)) is made unique.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional, core

x = tf.placeholder(tf.float32, [2, 8, 8, 4])


def head(images, level):
    for i in range(2):
        images = convolutional.conv2d(images, 6, 3, padding="same", name="head-%d" % i)
    return core.dense(images, 3, name="predict-%d" % level)


with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
    for level in range(3, 6):
        head(x, level)

with tf.variable_scope("classes"):
    a = convolutional.Conv2D(5, 1, name="proj")(x)
    b = convolutional.Conv2D(5, 1, name="proj")(x)

with tf.variable_scope("plain"):
    convolutional.conv2d(x, 2, 1, name="once")
    convolutional.conv2d(x, 2, 1, name="once")
