# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv2DTest.testSeparableConv2DPaddingSame: kernel_size from a TensorShape slice (7, 9) on 32 channels.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 32), seed=1)
layer = conv_layers.SeparableConv2D(64, images.get_shape()[1:3], padding="same")
output = layer.apply(images)
