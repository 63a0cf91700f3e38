# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testConv2DPaddingSame: kernel_size taken from a TensorShape slice (7, 9): kernel (7, 9, 32, 64).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 32), seed=1)
layer = conv_layers.Conv2D(64, images.get_shape()[1:3], padding="same")
output = layer.apply(images)
