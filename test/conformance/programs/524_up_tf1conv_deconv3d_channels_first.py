# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testCreateConv3DTransposeChannelsFirst: channels_first on (5, 32, 5, 7, 9): kernel (3, 3, 3, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    volumes = tf.random_uniform((5, 32, 5, 7, 9))
    layer = conv_layers.Conv3DTranspose(4, [3, 3, 3], data_format="channels_first")
    output = layer.apply(volumes)
