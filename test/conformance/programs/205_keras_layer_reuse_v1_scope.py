# v1 graph mode: a new Keras layer per call inside a reusing variable scope still makes new weights.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3])


def head(inputs):
    return tf.keras.layers.Dense(2, name="head")(inputs)


with tf.variable_scope("tower"):
    y1 = head(x)
with tf.variable_scope("tower", reuse=True):
    y2 = head(x)
