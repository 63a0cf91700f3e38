# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testFunctionalConv2DReuseFromScope: functional separable_conv2d "sepconv1" inside "scope", then again in "scope" reopened
# with reuse=True: shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    with tf.variable_scope("scope"):
        x = tf.random_uniform((5, 7, 9, 3), seed=1)
        conv_layers.separable_conv2d(x, 32, [3, 3], name="sepconv1")
    with tf.variable_scope("scope", reuse=True):
        conv_layers.separable_conv2d(x, 32, [3, 3], name="sepconv1")
