# Keras layers built inside a tf.name_scope in eager mode.
import tensorflow as tf

with tf.name_scope("outer"):
    layer = tf.keras.layers.Dense(2, name="proj")
    y = layer(tf.ones([1, 3]))
free = tf.keras.layers.Dense(2, name="free")
z = free(tf.ones([1, 4]))
