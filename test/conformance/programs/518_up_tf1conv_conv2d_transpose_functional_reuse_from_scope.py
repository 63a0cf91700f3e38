# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testFunctionalConv2DTransposeReuseFromScope: functional conv2d_transpose "deconv1" inside "scope", then again in "scope" reopened
# with reuse=True: shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    with tf.variable_scope("scope"):
        x = tf.random_uniform((5, 7, 9, 3), seed=1)
        conv_layers.conv2d_transpose(x, 32, [3, 3], name="deconv1")
    with tf.variable_scope("scope", reuse=True):
        conv_layers.conv2d_transpose(x, 32, [3, 3], name="deconv1")
