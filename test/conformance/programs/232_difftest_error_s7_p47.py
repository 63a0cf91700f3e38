# Differential-test fixture (scripts/difftest/python, seed 7, program 47, shrunk).
# The analyzer differed from TensorFlow here: error: TF raised ValueError at 3: Too many elements provided. Takes at most 1, but got 2.
import tensorflow as tf
with tf.Graph().as_default():
    x_5 = tf.compat.v1.get_variable("emb6", shape=[], initializer=tf.compat.v1.constant_initializer([1, 4]))
