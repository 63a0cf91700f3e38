# A Keras 2 built-in layer mixed with TF1's base layer, as tensorflow/tpu's EfficientNet wraps DepthwiseConv2D
# (`class DepthwiseConv2D(tf.keras.layers.DepthwiseConv2D, tf.layers.Layer): pass`): the MRO puts the TF1 layer's
# __call__ and add_weight before Keras's, so it builds in a variable scope named after the class (made unique per
# variable scope, not per graph) with get_variable, and Keras 2's weight names and defaults.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.layers import base


class DepthwiseConv2D(keras.layers.DepthwiseConv2D, base.Layer):
    pass


x = tf.placeholder(tf.float32, [2, 16, 16, 6])
for i in range(2):
    with tf.variable_scope("blocks_%d" % i):
        x = DepthwiseConv2D([3, 3], strides=[2, 2], padding="same", use_bias=False)(x)
        x = DepthwiseConv2D(5, depth_multiplier=2, depthwise_initializer="he_normal", padding="same")(x)
