# Differential-test fixture (scripts/difftest/python, seed 11, program 28, shrunk by hand).
# The analyzer differed from TensorFlow here: TF1 orthogonal_initializer on a rank-1 get_variable raises ValueError.
import tensorflow as tf
v1 = tf.compat.v1
with tf.Graph().as_default():
    w = v1.get_variable("w", shape=[3, 2], initializer=v1.orthogonal_initializer(gain=0.5))
    v = v1.get_variable("v", shape=[3], initializer=v1.orthogonal_initializer(gain=2))
