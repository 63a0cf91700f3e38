# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testFunctionalConv2DTransposeNoReuse: two unnamed functional conv2d_transpose calls make two layers (conv2d_transpose, conv2d_transpose_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    x = tf.random_uniform((5, 7, 9, 3), seed=1)
    conv_layers.conv2d_transpose(x, 32, [3, 3])
    conv_layers.conv2d_transpose(x, 32, [3, 3])
