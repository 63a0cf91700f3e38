# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testInvalidStrides: separable_conv1d with strides of the wrong length raises ValueError (caught:
# marker), and with strides=None too (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

x = tf.random_uniform((5, 9, 3), seed=1)
try:
    conv_layers.separable_conv1d(x, 32, 3, strides=(1, 2))
except ValueError:
    tf.Variable(0.0, name="caught_strides_length")
conv_layers.separable_conv1d(x, 32, 3, strides=None)
