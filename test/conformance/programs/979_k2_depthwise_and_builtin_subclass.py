# Keras 2 (TF's frozen tensorflow.python.keras) in TF1 graph mode: DepthwiseConv2D names its weight
# `depthwise_kernel` (Keras 3 says `kernel`), and a subclass of a built-in layer that adds no __init__ or build
# (EfficientNet's `class DepthwiseConv2D(tf.keras.layers.DepthwiseConv2D, tf.layers.Layer): pass`) is that layer,
# named after the subclass, made with the arguments given to it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.layers import base


class DepthwiseConv(keras.layers.DepthwiseConv2D, base.Layer):
    pass


class Projection(keras.layers.Conv2D):
    pass


x = tf.placeholder(tf.float32, [2, 8, 8, 4])
with tf.variable_scope("block"):
    y = keras.layers.DepthwiseConv2D([3, 3], depth_multiplier=2, depthwise_initializer="he_normal", padding="same")(x)
    z = DepthwiseConv([5, 5], strides=2, padding="same", use_bias=False)(y)
    w = Projection(6, 1, kernel_initializer="ones")(z)
