# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testUnknownInputChannelsConv1D: Conv1D on an undefined channel dimension raises ValueError
# (channels_last caught: marker; channels_first recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    data = tf.placeholder(tf.float32, (5, 4, None))
    layer = conv_layers.Conv1D(32, 3, activation=tf.nn.relu)
    try:
        layer.apply(data)
    except ValueError:
        tf.Variable(0.0, name="caught_channels_last")
    data = tf.placeholder(tf.float32, (5, None, 4))
    layer = conv_layers.Conv1D(32, 3, data_format="channels_first")
    layer.apply(data)
