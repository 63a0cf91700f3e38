# A partitioner given to the scope applies to the variables inside it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(2)):
    w = tf.get_variable("w", [6, 3], initializer=tf.ones_initializer())
    b = tf.get_variable("b", [5])
