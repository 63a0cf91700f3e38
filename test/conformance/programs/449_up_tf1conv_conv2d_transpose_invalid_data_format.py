# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testInvalidDataFormat: conv2d_transpose with data_format="invalid" raises ValueError (recorded)
# before creating any variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

x = tf.random_uniform((5, 7, 9, 3), seed=1)
conv_layers.conv2d_transpose(x, 32, 3, data_format="invalid")
