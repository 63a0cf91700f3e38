# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testScalarIgnoresPartitioner: a scalar
# get_variable under a partitioner is one plain variable scope0/name0.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.variable_scope("scope0", partitioner=into2):
    v = tf.get_variable("name0", shape=())
