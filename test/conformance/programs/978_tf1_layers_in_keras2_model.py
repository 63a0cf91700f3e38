# TF1 layers (and a subclass of one) held by a Keras 2 Model and by a Keras 2 Layer subclass in TF1 graph mode, the
# way tensorflow/tpu's EfficientNet builds itself: each TF1 layer takes its name when constructed (conv2d, conv2d_1,
# ... per graph) and opens its scope when first called, under the variable scopes the model's call() opened.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.layers import convolutional, core


class Conv(convolutional.Conv2D):
    pass


class Block(keras.layers.Layer):
    def __init__(self, filters):
        super(Block, self).__init__()
        self._conv = Conv(filters, 3, padding="same", use_bias=False)
        self._proj = convolutional.Conv2D(filters, 1)

    def call(self, x):
        return self._proj(self._conv(x))


class Net(keras.Model):
    def __init__(self):
        super(Net, self).__init__()
        self._stem = convolutional.Conv2D(8, 3, strides=2, padding="same")
        self._blocks = [Block(8), Block(16)]
        self._fc = core.Dense(10)

    def call(self, x):
        with tf.variable_scope("stem"):
            x = self._stem(x)
        for i, b in enumerate(self._blocks):
            with tf.variable_scope("blocks_%d" % i):
                x = b(x)
        with tf.variable_scope("head"):
            x = tf.reduce_mean(x, [1, 2])
            return self._fc(x)


images = tf.placeholder(tf.float32, [2, 32, 32, 3])
with tf.variable_scope("net-b0"):
    model = Net()
    logits = model(images)
