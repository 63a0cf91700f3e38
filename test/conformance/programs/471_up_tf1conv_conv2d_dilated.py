# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testDilatedConv2D: dilation_rate 3 and (1, 3) do not change kernel shapes (3, 3, 4, 32):
# conv2d and conv2d_1.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.Conv2D(32, [3, 3], dilation_rate=3)
output = layer.apply(images)
layer = conv_layers.Conv2D(32, [3, 3], dilation_rate=(1, 3))
output = layer.apply(images)
