# Keras 2 makes layer names unique per graph: a new tf.Graph starts again at dense.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 3])
    layers.Dense(2)(x)
    layers.Dense(2)(x)
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 3])
    layers.Dense(4)(x)
