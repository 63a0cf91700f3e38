# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testFunctionalConv3DTransposeReuseFromScope: functional conv3d_transpose "deconv1" inside "scope", then again in "scope" reopened
# with reuse=True: shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    with tf.variable_scope("scope"):
        x = tf.random_uniform((5, 5, 7, 9, 32), seed=1)
        conv_layers.conv3d_transpose(x, 4, [3, 3, 3], name="deconv1")
    with tf.variable_scope("scope", reuse=True):
        conv_layers.conv3d_transpose(x, 4, [3, 3, 3], name="deconv1")
