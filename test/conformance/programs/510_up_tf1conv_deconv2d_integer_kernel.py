# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testCreateConv2DTransposeIntegerKernelSize: integer kernel_size 3: kernel (3, 3, 32, 4).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4))
layer = conv_layers.Conv2DTranspose(32, 3)
output = layer.apply(images)
