# tf.contrib.layers.xavier_initializer / variance_scaling_initializer (TF 1.15 initializers.py): fans from the
# shape (conv: receptive field times channels); uniform limit sqrt(3 * factor / n), normal a truncated normal
# of stddev sqrt(1.3 * factor / n); l2_regularizer creates no variable.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

layers = tf.contrib.layers
a = tf.get_variable("a", [20, 30], initializer=layers.xavier_initializer())
b = tf.get_variable("b", [20, 30], initializer=layers.xavier_initializer(uniform=False))
c = tf.get_variable("c", [3, 3, 4, 8], initializer=layers.variance_scaling_initializer())
d = tf.get_variable("d", [10, 40], initializer=layers.variance_scaling_initializer(factor=1.0, mode="FAN_AVG", uniform=True))
e = tf.get_variable("e", [10, 40], initializer=layers.variance_scaling_initializer(mode="FAN_OUT"))
x = tf.placeholder(tf.float32, [None, 6])
h = layers.fully_connected(x, 9, weights_initializer=layers.variance_scaling_initializer(),
                           weights_regularizer=layers.l2_regularizer(1e-4))
k = layers.conv2d(tf.placeholder(tf.float32, [1, 5, 5, 2]), 3, 3, weights_initializer=layers.xavier_initializer_conv2d())
