# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv2D: Conv2D(32, [3, 3]) on (5, 7, 9, 4) images makes conv2d/kernel
# (3, 3, 4, 32) and conv2d/bias (32,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.Conv2D(32, [3, 3], activation=tf.nn.relu)
output = layer.apply(images)
