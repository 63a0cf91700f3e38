# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testSeparableConv1DNoBias: use_bias=False: depthwise and pointwise kernels only.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.random_uniform((5, 9, 4))
    layer = conv_layers.SeparableConv1D(32, 3, activation=tf.nn.relu, use_bias=False)
    output = layer.apply(data)
