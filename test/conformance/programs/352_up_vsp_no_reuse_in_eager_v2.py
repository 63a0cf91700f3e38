# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testNoReuseInEagerByDefault: in eager
# mode the same partitioned get_variable twice makes two separate sets of parts.
import tensorflow as tf

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.compat.v1.variable_scope("scope0", partitioner=into2):
    v1 = tf.compat.v1.get_variable("name0", shape=(3, 1, 1))
    v2 = tf.compat.v1.get_variable("name0", shape=(3, 1, 1))
