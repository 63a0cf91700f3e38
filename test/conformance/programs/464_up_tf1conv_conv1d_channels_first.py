# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testCreateConv1DChannelsFirst: channels_first Conv1D on (5, 4, 7): kernel (3, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.random_uniform((5, 4, 7))
    layer = conv_layers.Conv1D(32, 3, data_format="channels_first")
    output = layer.apply(data)
