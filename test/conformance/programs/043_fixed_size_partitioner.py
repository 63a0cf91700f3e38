# A fixed-size partitioner splits a variable into name/part_N shards along axis 0.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("emb"):
    table = tf.get_variable("table", [10, 4], partitioner=tf.fixed_size_partitioner(3),
                            initializer=tf.zeros_initializer())
    small = tf.get_variable("small", [2, 4], partitioner=tf.fixed_size_partitioner(2))
