# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testConv2DTransposeFloat16: functional conv2d_transpose on float16 images: float16 variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4), dtype="float16")
output = conv_layers.conv2d_transpose(images, 32, [3, 3], activation=tf.nn.relu)
