# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testSeparableConv2DBiasRegularizer: a bias_regularizer leaves the three separable_conv2d variables as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 7, 9, 4))
    reg = lambda x: 0.1 * tf.reduce_sum(x)
    layer = conv_layers.SeparableConv2D(32, [3, 3], bias_regularizer=reg)
    layer.apply(images)
