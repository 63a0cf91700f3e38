# get_variable with a Python scalar or list as initializer (no shape).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

s = tf.get_variable("s", initializer=3.0)
l = tf.get_variable("l", initializer=[1.0, 2.0])
i = tf.get_variable("i", initializer=7)
m = tf.get_variable("m", initializer=[[0.0, 1.0], [2.0, 3.0]], trainable=False)
