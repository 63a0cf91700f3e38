# Keras 2 (TF 2.21's frozen tensorflow.python.keras, what tf.keras is up to TF 2.15) in TF1 graph mode: layer names
# are made unique per graph (dense, dense_1), weights are tf.Variables named under the layer's name scope, inside
# the current name scope (a variable_scope's too); an Activation layer takes its own name; a second call builds nothing.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

x = tf.placeholder(tf.float32, [None, 3])
first = layers.Dense(4)
h = first(x)
h = layers.Activation("relu")(h)
h = layers.Dense(2, activation="tanh")(h)
h = first(x)
with tf.variable_scope("block"):
    y = layers.Dense(5, name="proj", use_bias=False)(x)
    z = layers.Dense(1)(y)
with tf.name_scope("outer"):
    layers.Dense(2, kernel_initializer="ones", bias_initializer="random_normal")(x)
