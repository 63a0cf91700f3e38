# Keras 2 functional model in TF1 graph mode: layers build where they are called on keras.Input tensors (no
# model scope); the Input takes its own name (input_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.keras import layers

inp = keras.Input(shape=(5,))
h = layers.Dense(16, name="hidden")(inp)
h = layers.Activation("relu")(h)
h = layers.Dense(16)(h)
out = layers.Dense(3)(h)
model = keras.Model(inp, out)
x = tf.placeholder(tf.float32, [None, 5])
model(x)
