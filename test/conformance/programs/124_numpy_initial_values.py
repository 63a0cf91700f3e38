# tf.Variable and get_variable initialised from numpy arrays.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.Variable(np.zeros((2, 3), dtype=np.float32), name="a")
b = tf.Variable(np.ones([4]), name="b")
c = tf.get_variable("c", initializer=np.arange(6, dtype=np.float32).reshape(2, 3))
d = tf.Variable(np.full((2,), 0.25, dtype=np.float32), name="d")
