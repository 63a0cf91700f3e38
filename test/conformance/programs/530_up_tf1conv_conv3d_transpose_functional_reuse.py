# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testFunctionalConv3DTransposeReuse: functional conv3d_transpose named "deconv1" called again with reuse=True makes no
# new variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    x = tf.random_uniform((5, 5, 7, 9, 32), seed=1)
    conv_layers.conv3d_transpose(x, 4, [3, 3, 3], name="deconv1")
    conv_layers.conv3d_transpose(x, 4, [3, 3, 3], name="deconv1", reuse=True)
