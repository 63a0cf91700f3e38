# The v1 glorot/he/lecun initializer functions.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [10, 30], initializer=tf.glorot_normal_initializer())
b = tf.get_variable("b", [10, 30], initializer=tf.glorot_uniform_initializer())
c = tf.get_variable("c", [10, 30], initializer=tf.initializers.he_uniform())
d = tf.get_variable("d", [10, 30], initializer=tf.initializers.lecun_normal())
e = tf.get_variable("e", [5, 5, 3, 8], initializer=tf.keras.initializers.he_normal())
