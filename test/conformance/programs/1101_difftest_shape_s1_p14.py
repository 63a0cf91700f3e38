# Differential-test fixture (scripts/difftest/python, seed 1, program 14, shrunk).
# The analyzer differed from TensorFlow here: dense_3/kernel: shape expected [1,1], got [null,1]
import tensorflow.compat.v1 as tf
from tensorflow.python import keras as keras2
from tensorflow.python.layers import convolutional, core, pooling
tf.disable_v2_behavior()
def block0(x, n, name):
    pass
def block1(x, n, name):
    pass
x0 = tf.placeholder(tf.float32, [None, 8])
layer2 = keras2.layers.Dense(7)
h1 = layer2(x0)
layer4 = core.Dense(3)
h3 = layer4(h1)
h5 = core.dense(h3, 2)
layer7 = core.Dense(1)
h6 = layer7(h5)
h8 = layer7(h5)
layer10 = core.Dense(1)
h9 = layer10(h8)
