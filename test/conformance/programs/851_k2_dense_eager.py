# Keras 2 (frozen tensorflow.python.keras) eagerly: layer names count per program (dense, dense_1), weights are
# named <name scope>/<layer>/<weight>; an Activation layer takes its own name; a second call builds nothing.
import tensorflow as tf
from tensorflow.python.keras import layers

x = tf.ones([2, 3])
first = layers.Dense(4)
h = first(x)
h = layers.Activation("relu")(h)
h = layers.Dense(2, activation="tanh")(h)
h = first(x)
with tf.name_scope("block"):
    y = layers.Dense(5, name="proj", use_bias=False)(x)
    z = layers.Dense(1)(y)
layers.Dense(2, kernel_initializer="ones", bias_initializer="zeros")(x)
