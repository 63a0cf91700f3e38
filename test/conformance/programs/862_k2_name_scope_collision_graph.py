# Keras 2 in TF1 graph mode opens the layer's name scope on every call (made unique like any name scope): a layer
# called a second time takes dense_1 as a name scope, so the next layer named dense_1 builds under dense_1_1.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

x = tf.placeholder(tf.float32, [None, 3])
d = layers.Dense(3)
d(x)
d(x)
layers.Dense(2)(x)
