# Each layer's input size is read from the previous layer's output shape.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def layer(h, units, name):
    with tf.variable_scope(name):
        w = tf.get_variable("w", [h.shape[-1], units])
        b = tf.get_variable("b", [units], initializer=tf.zeros_initializer())
    return tf.nn.relu(tf.matmul(h, w) + b)


h = tf.placeholder(tf.float32, [None, 7])
for i, units in enumerate([12, 6, 3]):
    h = layer(h, units, "fc%d" % i)
