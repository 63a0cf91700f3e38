# Shapes concatenated as real code writes them: a NumPy array's shape is a tuple (tuple + tuple), a tensor's is a
# TensorShape, whose + and reflected + take a list, a tuple or another TensorShape and give a TensorShape.
import numpy as np
import keras
import tensorflow as tf

images = np.zeros((8, 28, 28), "float32")
inputs = keras.Input(shape=images.shape[1:] + (1,))
conv = keras.layers.Conv2D(4, 3)
conv(inputs)
t = tf.zeros([4, 6])
a = tf.Variable(tf.zeros(t.shape + (2,)), name="a")
b = tf.Variable(tf.zeros([3] + t.shape), name="b")
c = tf.Variable(tf.zeros((5,) + t.shape[1:]), name="c")
d = tf.Variable(tf.zeros(t.shape + t.shape), name="d")
e = tf.Variable(tf.zeros(images.shape[:1] + images.shape[2:]), name="e")
