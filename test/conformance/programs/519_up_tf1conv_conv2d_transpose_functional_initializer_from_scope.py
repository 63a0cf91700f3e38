# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testFunctionalConv2DTransposeInitializerFromScope: a scope ones_initializer reaches the kernels of functional conv2d_transpose
# "deconv1"; the bias stays zeros.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    with tf.variable_scope("scope", initializer=tf.ones_initializer()):
        x = tf.random_uniform((5, 7, 9, 3), seed=1)
        conv_layers.conv2d_transpose(x, 32, [3, 3], name="deconv1")
