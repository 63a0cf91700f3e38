# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testBreaksIfPartitioningChanges:
# reusing a 2-way partitioned variable with a 3-way (caught: marker) or 1-way partitioner raises (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

def into3(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 3
    return part

def into1(shape=None, **unused):
    return [1] * len(shape)

with tf.variable_scope("scope0", partitioner=into2):
    tf.get_variable("name0", shape=(3, 1, 1))
try:
    with tf.variable_scope("scope0", partitioner=into3, reuse=True):
        tf.get_variable("name0", shape=(3, 1, 1))
except ValueError:
    caught = tf.Variable(0.0, name="caught_three_parts")
with tf.variable_scope("scope0", partitioner=into1, reuse=True):
    tf.get_variable("name0", shape=(3, 1, 1))
