# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testConstraints: depthwise/pointwise/bias constraints leave the variables as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

d_constraint = lambda x: x / tf.reduce_sum(x)
p_constraint = lambda x: x / tf.reduce_sum(x)
b_constraint = lambda x: x / tf.reduce_max(x)
layer = conv_layers.SeparableConv1D(2, 3, depthwise_constraint=d_constraint, pointwise_constraint=p_constraint, bias_constraint=b_constraint)
layer(tf.random_uniform((5, 3, 5), seed=1))
