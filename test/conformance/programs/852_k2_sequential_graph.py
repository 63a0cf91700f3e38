# Keras 2 Sequential in TF1 graph mode: with input_shape the model is built at construction and its layers'
# weights are named by the layers alone (dense/kernel); a model without one builds when called, inside its own
# name scope (sequential_1/dense_2/kernel).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.keras import layers

built = keras.Sequential([layers.Dense(8, input_shape=(4,)), layers.Activation("relu"), layers.Dense(2)])
deferred = keras.Sequential([layers.Dense(3), layers.Dense(1)])
x = tf.placeholder(tf.float32, [None, 6])
y = deferred(x)
named = keras.Sequential([layers.Dense(2)], name="head")
named(y)
