# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testConstraints: kernel/bias constraints leave the variables as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

k_constraint = lambda x: x / tf.reduce_sum(x)
b_constraint = lambda x: x / tf.reduce_max(x)
layer = conv_layers.Conv2DTranspose(2, 3, kernel_constraint=k_constraint, bias_constraint=b_constraint)
layer(tf.random_uniform((5, 3, 3, 5), seed=1))
