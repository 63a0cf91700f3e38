# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv3D: Conv3D(32, [3, 3, 3]) on (5, 6, 7, 9, 4): kernel (3, 3, 3, 4, 32), bias (32,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

volumes = tf.random_uniform((5, 6, 7, 9, 4))
layer = conv_layers.Conv3D(32, [3, 3, 3], activation=tf.nn.relu)
output = layer.apply(volumes)
