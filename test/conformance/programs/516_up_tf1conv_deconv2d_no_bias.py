# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testConv2DTransposeNoBias: use_bias=False: only the (3, 3, 32, 4) kernel.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.random_uniform((5, 7, 9, 4))
    layer = conv_layers.Conv2DTranspose(32, [3, 3], activation=tf.nn.relu, use_bias=False)
    output = layer.apply(images)
