# Port of TF legacy_tf_layers/convolutional_test.py Conv2DTransposeTest.testCreateConv2DTransposeChannelsFirst: channels_first on (5, 4, 7, 9): kernel (3, 3, 32, 4).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 4, 7, 9))
layer = conv_layers.Conv2DTranspose(32, [3, 3], data_format="channels_first")
output = layer.apply(images)
