# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testCreateSeparableConv2D: SeparableConv2D(32, [3, 3]) on (5, 7, 9, 4): depthwise (3, 3, 4, 1),
# pointwise (1, 1, 4, 32), bias (32,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.SeparableConv2D(32, [3, 3], activation=tf.nn.relu)
output = layer.apply(images)
