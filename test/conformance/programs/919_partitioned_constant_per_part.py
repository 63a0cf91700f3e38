# TF1 partitioned variables run the initializer once per part, with the part's shape: constant_initializer pads
# its list to each part's shape (not the full variable's), and refuses a list longer than the first part.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope('p', partitioner=tf.fixed_size_partitioner(2)):
    a = tf.get_variable('a', shape=[4, 3], initializer=tf.constant_initializer([1.5, -2.0]))
b = tf.get_variable('b', shape=[2, 5], initializer=tf.constant_initializer([3.0, 4.0]),
                    partitioner=lambda shape, dtype: [1, 3])
c = tf.get_variable('c', shape=[4], initializer=tf.constant_initializer([1.0, 2.0, 3.0]),
                    partitioner=tf.fixed_size_partitioner(2))
