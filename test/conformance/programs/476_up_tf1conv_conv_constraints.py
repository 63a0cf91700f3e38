# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testConstraints: Conv1D, Conv2D and Conv3D with kernel/bias constraints: conv1d, conv2d,
# conv3d variables with the usual shapes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

k_constraint = lambda x: x / tf.reduce_sum(x)
b_constraint = lambda x: x / tf.reduce_max(x)
conv1d = conv_layers.Conv1D(2, 3, kernel_constraint=k_constraint, bias_constraint=b_constraint)
conv1d(tf.random_uniform((5, 3, 5), seed=1))
conv2d = conv_layers.Conv2D(2, 3, kernel_constraint=k_constraint, bias_constraint=b_constraint)
conv2d(tf.random_uniform((5, 3, 3, 5), seed=1))
conv3d = conv_layers.Conv3D(2, 3, kernel_constraint=k_constraint, bias_constraint=b_constraint)
conv3d(tf.random_uniform((5, 3, 3, 3, 5), seed=1))
