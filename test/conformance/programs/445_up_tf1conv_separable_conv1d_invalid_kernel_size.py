# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testInvalidKernelSize: separable_conv1d with a kernel_size of the wrong length raises ValueError
# (caught: marker), and with kernel_size=None too (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

x = tf.random_uniform((5, 9, 3), seed=1)
try:
    conv_layers.separable_conv1d(x, 32, (1, 2))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_length")
conv_layers.separable_conv1d(x, 32, None)
