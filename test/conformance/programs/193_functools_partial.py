# functools.partial fixing get_variable keyword arguments.
import functools
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

zeros_var = functools.partial(tf.get_variable, initializer=tf.zeros_initializer())
normal_var = functools.partial(tf.get_variable, initializer=tf.random_normal_initializer(stddev=0.3), dtype=tf.float64)
with tf.variable_scope("p"):
    a = zeros_var("a", [2])
    b = normal_var("b", shape=[3])
