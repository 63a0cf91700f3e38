# Keras 2 under v1 behaviour takes its dtype from the first input: a float64 placeholder gives float64 weights;
# a given dtype wins.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

x64 = tf.placeholder(tf.float64, [None, 3])
layers.Dense(2)(x64)
x32 = tf.placeholder(tf.float32, [None, 3])
layers.Dense(2, dtype="float64")(tf.cast(x32, tf.float64))
layers.Dense(2)(x32)
