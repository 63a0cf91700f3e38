# ExponentialMovingAverage creates a shadow variable per tracked variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("net"):
    w = tf.get_variable("w", [4], initializer=tf.ones_initializer())
    b = tf.get_variable("b", [4], initializer=tf.zeros_initializer())
ema = tf.train.ExponentialMovingAverage(decay=0.99)
update = ema.apply([w, b])
