# TF2 eager: variable_scope prefixes tf.Variable too; reuse=True still creates new variables.
import tensorflow as tf

with tf.compat.v1.variable_scope("outer"):
    a = tf.Variable(1.0, name="a")
    w = tf.compat.v1.get_variable("w", [2], initializer=tf.compat.v1.zeros_initializer())
with tf.compat.v1.variable_scope("outer", reuse=True):
    w2 = tf.compat.v1.get_variable("w", [2], initializer=tf.compat.v1.zeros_initializer())
    b = tf.Variable(1.0, name="a")
