# Keras 2 Sequential eagerly: with input_shape the model is built at construction; one without builds when called.
import tensorflow as tf
from tensorflow.python import keras
from tensorflow.python.keras import layers

built = keras.Sequential([layers.Dense(8, input_shape=(4,)), layers.Activation("relu"), layers.Dense(2)])
deferred = keras.Sequential([layers.Dense(3), layers.Dense(1)])
y = deferred(tf.ones([2, 6]))
named = keras.Sequential([layers.Dense(2)], name="head")
named(y)
