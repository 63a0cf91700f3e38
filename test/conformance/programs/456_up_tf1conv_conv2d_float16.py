# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testConv2DFloat16: functional conv2d on float16 images makes float16 conv2d/kernel and
# conv2d/bias.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

images = tf.random_uniform((5, 7, 9, 4), dtype="float16")
output = conv_layers.conv2d(images, 32, [3, 3], activation=tf.nn.relu)
