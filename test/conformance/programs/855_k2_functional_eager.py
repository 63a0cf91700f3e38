# Keras 2 functional model eagerly: layers build where they are called on keras.Input tensors (no model scope).
import tensorflow as tf
from tensorflow.python import keras
from tensorflow.python.keras import layers

inp = keras.Input(shape=(5,))
h = layers.Dense(16, name="hidden")(inp)
h = layers.Activation("relu")(h)
h = layers.Dense(16)(h)
out = layers.Dense(3)(h)
model = keras.Model(inp, out)
model(tf.ones([2, 5]))
