# A duplicate-variable error caught by the program: execution goes on.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

w = tf.get_variable("w", [2])
try:
    w_again = tf.get_variable("w", [2])
except ValueError:
    w_again = tf.get_variable("w_fallback", [2], initializer=tf.zeros_initializer())
finally:
    marker = tf.get_variable("marker", [1])
