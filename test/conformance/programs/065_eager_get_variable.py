# TF2 eager: variable_scope still prefixes names, get_variable creates a new variable each call.
import tensorflow as tf

with tf.compat.v1.variable_scope("eager_scope"):
    v = tf.compat.v1.get_variable("v", [2], initializer=tf.compat.v1.zeros_initializer())
    v2 = tf.compat.v1.get_variable("v", [2], initializer=tf.compat.v1.ones_initializer())
    g = tf.compat.v1.get_variable("g", [3, 2])
