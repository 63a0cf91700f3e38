# In graph mode, one Keras layer object called twice creates its weights once.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.placeholder(tf.float32, [None, 5])
b = tf.placeholder(tf.float32, [None, 5])
layer = tf.keras.layers.Dense(2, name="proj")
ya = layer(a)
yb = layer(b)
other = tf.keras.layers.Dense(2)(b)
