# A tensor or Python value as initializer gives the shape; a shape alongside a constant tensor raises.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

t = tf.get_variable("t", initializer=tf.constant([1.0, 2.0, 3.0]))
m = tf.get_variable("m", initializer=tf.constant([[1, 2], [3, 4]]))
z = tf.get_variable("z", initializer=tf.zeros([2, 5]))
bad = tf.get_variable("bad", [3], initializer=tf.constant([1.0, 2.0, 3.0]))
