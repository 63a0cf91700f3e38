# Differential-test fixture (scripts/difftest/python, seed 7, program 2, shrunk).
# The analyzer differed from TensorFlow here: w9: trainable expected false, got true
import tensorflow as tf
with tf.Graph().as_default():
    x_1 = tf.compat.v1.get_local_variable("w9", shape=[2], trainable=True)
