# get_variable with neither shape nor initializer cannot create a variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

first = tf.get_variable("first", [2])
second = tf.get_variable("second")
