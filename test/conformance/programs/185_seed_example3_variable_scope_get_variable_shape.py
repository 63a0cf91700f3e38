# The third seed example with a mismatching shape in the read-back loop under reuse.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope('dynamic_scope') as scope:
    for i in range(3):
        name = "var_{}".format(i)
        var = tf.compat.v1.get_variable(name, shape=[2, 2], initializer=tf.compat.v1.random_uniform_initializer())

with tf.compat.v1.variable_scope(scope, reuse=True):
    for i in range(3):
        var = tf.compat.v1.get_variable("var_{}".format(i), shape=[2, 2 + i])
