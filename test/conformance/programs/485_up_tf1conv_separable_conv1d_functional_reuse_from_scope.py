# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testFunctionalConv1DReuseFromScope: functional separable_conv1d "sepconv1" inside "scope", then again in "scope" reopened
# with reuse=True: shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    with tf.variable_scope("scope"):
        x = tf.random_uniform((5, 10, 3), seed=1)
        conv_layers.separable_conv1d(x, 32, 3, name="sepconv1")
    with tf.variable_scope("scope", reuse=True):
        conv_layers.separable_conv1d(x, 32, 3, name="sepconv1")
