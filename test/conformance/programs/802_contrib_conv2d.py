# tf.contrib.layers.conv2d / convolution2d (TF 1.15 layers.py `convolution`): variable_scope(scope, 'Conv'),
# `weights` [kh, kw, in, out] and `biases`; channels from the last axis, or axis 1 with data_format NCHW; conv2d_transpose
# and linear.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.placeholder(tf.float32, [2, 16, 16, 3])
a = tf.contrib.layers.conv2d(images, 8, [3, 3])
b = tf.contrib.layers.convolution2d(a, 4, 5, stride=2, padding="VALID")
c = tf.contrib.layers.conv2d(b, 6, [1, 1], scope="pointwise", biases_initializer=tf.constant_initializer(0.1))
nchw = tf.placeholder(tf.float32, [2, 3, 16, 16])
d = tf.contrib.layers.conv2d(nchw, 5, 3, data_format="NCHW", activation_fn=None)
# conv2d_transpose (scope Conv2d_transpose, weights [kh, kw, out, in]) and linear (fully_connected, no activation)
up = tf.contrib.layers.conv2d_transpose(a, 2, [3, 3], stride=2)
up2 = tf.contrib.layers.convolution2d_transpose(up, 3, 2, data_format="NHWC", scope="deconv")
lin = tf.contrib.layers.linear(tf.placeholder(tf.float32, [2, 7]), 4)
