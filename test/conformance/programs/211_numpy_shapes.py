# Shapes built with numpy values and arrays.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", np.array([3, 4]))
b = tf.get_variable("b", [np.int64(5), int(np.prod([2, 3]))])
c = tf.get_variable("c", list(np.arange(1, 4)))
