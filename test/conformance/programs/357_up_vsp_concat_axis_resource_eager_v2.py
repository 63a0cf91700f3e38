# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testPartitionConcatenatesAlongCorrectAxisResourceInEager:
# the same axis-0 / axis-1 partitioning of (2, 2, 2) variables in eager mode.
import tensorflow as tf

def part_axis_0(**unused):
    return (2, 1, 1)

def part_axis_1(**unused):
    return (1, 2, 1)

with tf.compat.v1.variable_scope("root", use_resource=True):
    v0 = tf.compat.v1.get_variable("n0", shape=(2, 2, 2), partitioner=part_axis_0)
    v1 = tf.compat.v1.get_variable("n1", shape=(2, 2, 2), partitioner=part_axis_1)
