# Port of TF legacy_tf_layers/convolutional_test.py SeparableConv1DTest.testSeparableConv1DPaddingSame: kernel 9 with same padding on (5, 9, 32): depthwise (9, 32, 1),
# pointwise (1, 32, 64).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

data = tf.random_uniform((5, 9, 32), seed=1)
layer = conv_layers.SeparableConv1D(64, 9, padding="same")
output = layer.apply(data)
