# Differential-test fixture (scripts/difftest/python, seed 7, program 68, shrunk).
# The analyzer differed from TensorFlow here: error: TF raised ValueError at 4: initial_value: Tensor conversion requested dtype float64 for Tensor with dtype float32: <tf.Tensor 'truncated_normal
import tensorflow as tf
v1 = tf.compat.v1
with tf.Graph().as_default():
    t_1 = tf.Variable(v1.truncated_normal([4]), dtype=tf.float64)
