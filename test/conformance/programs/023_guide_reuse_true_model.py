# Sharing guide: a second entry of "model" with reuse=True shares the dense layers.
import tensorflow.compat.v1 as tf
import _layers
tf.disable_v2_behavior()

x1 = tf.placeholder(tf.float32, [None, 20])
x2 = tf.placeholder(tf.float32, [None, 20])

with tf.variable_scope("model"):
    h1 = _layers.dense(x1, 20, 30, "hidden")
    o1 = _layers.dense(h1, 30, 2, "logits", stddev=0.5)
with tf.variable_scope("model", reuse=True):
    h2 = _layers.dense(x2, 20, 30, "hidden")
    o2 = _layers.dense(h2, 30, 2, "logits", stddev=0.5)
