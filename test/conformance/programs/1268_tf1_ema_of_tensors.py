# TF 1.15's ExponentialMovingAverage.apply on tensors (moving_averages.py, slot_creator.create_zeros_slot): a loss
# tensor's average is a zeros slot named after the tensor's op (`loss/Mean/ExponentialMovingAverage`), outside
# MOVING_AVERAGE_VARIABLES; with zero_debias, each tensor average's `biased` and `local_step` follow, after all averages.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 4])
w = tf.get_variable("w", [4, 2])
with tf.name_scope("loss"):
    l1 = tf.reduce_mean(tf.matmul(x, w))
    l2 = tf.reduce_sum(w)
    l3 = tf.reduce_max(w, axis=0)
l4 = tf.add(l1, l2, name="total")
ema = tf.train.ExponentialMovingAverage(decay=0.99)
up = ema.apply([l1, l2, w, l3, l4])
avg = ema.average(l1)
ema2 = tf.train.ExponentialMovingAverage(0.9, zero_debias=True, name="ema2")
up2 = ema2.apply([l1, l3])
with tf.name_scope("again"):
    m = tf.reduce_mean(w)
ema3 = tf.train.ExponentialMovingAverage(0.5)
up3 = ema3.apply([m])
