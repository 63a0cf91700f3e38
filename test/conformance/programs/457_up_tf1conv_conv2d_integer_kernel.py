# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv2DIntegerKernelSize: an integer kernel_size 3 means (3, 3): kernel (3, 3, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.Conv2D(32, 3)
output = layer.apply(images)
