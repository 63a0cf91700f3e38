# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testInvalidKernelSize: conv2d with a kernel_size of the wrong length raises ValueError
# (caught: marker), and with kernel_size=None too (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

x = tf.random_uniform((5, 7, 9, 3), seed=1)
try:
    conv_layers.conv2d(x, 32, (1, 2, 3))
except ValueError:
    tf.Variable(0.0, name="caught_kernel_length")
conv_layers.conv2d(x, 32, None)
