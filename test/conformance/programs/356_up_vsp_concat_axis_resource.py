# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testPartitionConcatenatesAlongCorrectAxisResource: partitioners returning
# (2, 1, 1) and (1, 2, 1) split a (2, 2, 2) variable along axis 0 and axis 1 (use_resource=True).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def part_axis_0(**unused):
    return (2, 1, 1)

def part_axis_1(**unused):
    return (1, 2, 1)

with tf.variable_scope("root", use_resource=True):
    v0 = tf.get_variable("n0", shape=(2, 2, 2), partitioner=part_axis_0)
    v1 = tf.get_variable("n1", shape=(2, 2, 2), partitioner=part_axis_1)
