# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testAllowsReuseWithoutPartitioner:
# a partitioned variable is shared by a reusing scope without partitioner and without shape.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.variable_scope("scope0", partitioner=into2):
    v = tf.get_variable("name0", shape=(3, 1, 1))
with tf.variable_scope("scope0", reuse=True):
    v_reused = tf.get_variable("name0")
