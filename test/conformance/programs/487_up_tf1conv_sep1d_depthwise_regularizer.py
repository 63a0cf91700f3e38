# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testSeparableConv1DDepthwiseRegularizer: a depthwise_regularizer leaves the three separable_conv1d variables as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.random_uniform((5, 9, 4))
    reg = lambda x: 0.1 * tf.reduce_sum(x)
    layer = conv_layers.SeparableConv1D(32, 3, depthwise_regularizer=reg)
    layer.apply(data)
