# Differential-test fixture (scripts/difftest/python, seed 1, program 2, shrunk).
# The analyzer differed from TensorFlow here: names: expected 4, got 4
import tensorflow.compat.v1 as tf
from tensorflow.python import keras as keras2
from tensorflow.python.layers import convolutional, core, pooling
with tf.Graph().as_default():
    x0 = tf.placeholder(tf.float32, [None, 7])
    h1 = core.dense(x0, 1)
    with tf.name_scope("ops"):
        layer3 = keras2.layers.Dense(5)
        h2 = layer3(h1)
