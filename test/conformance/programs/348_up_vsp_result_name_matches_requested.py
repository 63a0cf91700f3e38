# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testResultNameMatchesRequested: a
# scope partitioner splitting axis 0 in two makes scope0/name0/part_0 and part_1 of a (3, 1, 1) variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.variable_scope("scope0", partitioner=into2):
    v = tf.get_variable("name0", shape=(3, 1, 1))
