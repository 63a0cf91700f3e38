# Partitioners along axis 1 and by size.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [4, 9], partitioner=tf.fixed_size_partitioner(3, axis=1),
                    initializer=tf.constant_initializer(2.0))
b = tf.get_variable("b", [64, 16], partitioner=tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=1024))
c = tf.get_variable("c", [7, 2], partitioner=tf.fixed_size_partitioner(1))
