# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testReturnsExistingConcatenatedValueIfReuse:
# after reuse_variables() the same partitioned get_variable creates no new parts.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.variable_scope("scope0", partitioner=into2):
    v_concat = tf.get_variable("name0", shape=(3, 1, 1))
    tf.get_variable_scope().reuse_variables()
    v_concat_2 = tf.get_variable("name0", shape=(3, 1, 1))
