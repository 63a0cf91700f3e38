# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testFunctionalConv1DNoReuse: two unnamed functional separable_conv1d calls make two layers (separable_conv1d, separable_conv1d_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    x = tf.random_uniform((5, 10, 3), seed=1)
    conv_layers.separable_conv1d(x, 32, 3)
    conv_layers.separable_conv1d(x, 32, 3)
