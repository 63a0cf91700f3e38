# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testConv3DTransposeKernelRegularizer: a kernel_regularizer leaves conv3d_transpose variables as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    volumes = tf.random_uniform((5, 5, 7, 9, 32))
    reg = lambda x: 0.1 * tf.reduce_sum(x)
    layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], kernel_regularizer=reg)
    layer.apply(volumes)
