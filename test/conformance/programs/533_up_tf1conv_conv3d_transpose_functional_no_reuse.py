# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testFunctionalConv3DTransposeNoReuse: two unnamed functional conv3d_transpose calls make two layers (conv3d_transpose, conv3d_transpose_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    x = tf.random_uniform((5, 5, 7, 9, 32), seed=1)
    conv_layers.conv3d_transpose(x, 4, [3, 3, 3])
    conv_layers.conv3d_transpose(x, 4, [3, 3, 3])
