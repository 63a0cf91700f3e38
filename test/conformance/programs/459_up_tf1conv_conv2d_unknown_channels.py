# Port of TF legacy_tf_layers/convolutional_test.py ConvTest.testUnknownInputChannels: Conv2D on an input whose channel dimension is None raises ValueError
# (channels_last caught: marker; channels_first recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

with tf.Graph().as_default():
    images = tf.placeholder(tf.float32, (5, 7, 9, None))
    layer = conv_layers.Conv2D(32, [3, 3], activation=tf.nn.relu)
    try:
        layer.apply(images)
    except ValueError:
        tf.Variable(0.0, name="caught_channels_last")
    images = tf.placeholder(tf.float32, (5, None, 7, 9))
    layer = conv_layers.Conv2D(32, [3, 3], data_format="channels_first")
    layer.apply(images)
