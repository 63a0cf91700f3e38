# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testCreateConv3DTranspose: Conv3DTranspose(4, [3, 3, 3]) on 32 channels: kernel (3, 3, 3, 4, 32), bias (4,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

volumes = tf.random_uniform((5, 5, 7, 9, 32))
layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], activation=tf.nn.relu)
output = layer.apply(volumes)
