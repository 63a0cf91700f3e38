# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testFunctionalConv2DReuse: functional conv2d named "conv1" called again with reuse=True makes no
# new variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    x = tf.random_uniform((5, 7, 9, 3), seed=1)
    conv_layers.conv2d(x, 32, [3, 3], name="conv1")
    conv_layers.conv2d(x, 32, [3, 3], name="conv1", reuse=True)
