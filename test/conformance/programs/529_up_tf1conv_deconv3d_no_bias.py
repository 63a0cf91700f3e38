# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testConv3DTransposeNoBias: use_bias=False: only the (3, 3, 3, 4, 32) kernel.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    volumes = tf.random_uniform((5, 5, 7, 9, 32))
    layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], activation=tf.nn.relu, use_bias=False)
    output = layer.apply(volumes)
