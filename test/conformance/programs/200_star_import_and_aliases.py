# A star import from a helper module and two TensorFlow aliases in one file.
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from _layers import *
tf1.disable_v2_behavior()

x = tf1.placeholder(tf.float32, [None, 4])
with tf1.variable_scope("star"):
    y = dense(x, 4, 2, "fc", stddev=DEFAULT_STDDEV)
    s = tf.compat.v1.get_variable("s", [2], initializer=tf.compat.v1.ones_initializer())
