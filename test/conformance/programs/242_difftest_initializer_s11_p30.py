# Differential-test fixture (scripts/difftest/python, seed 11, program 30, shrunk by hand).
# TF computes a float16 uniform's bounds in float16 (maxval 0.05 reads back as 0.0498046875): compared relative to the span.
import tensorflow as tf
v1 = tf.compat.v1
with tf.Graph().as_default():
    w = v1.get_variable("w", shape=[4, 2], dtype=tf.float16, initializer=v1.random_uniform_initializer(-1, 0.05))
