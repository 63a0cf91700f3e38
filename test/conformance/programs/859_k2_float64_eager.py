# Keras 2 eagerly (v2 behaviour) computes in float32 by default: a float64 input is cast, the weights stay float32;
# a given dtype wins.
import tensorflow as tf
from tensorflow.python.keras import layers

layers.Dense(2)(tf.ones([2, 3], tf.float64))
layers.Dense(2, dtype="float64")(tf.ones([2, 3], tf.float64))
