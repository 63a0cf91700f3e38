# Port of TF variable_scope_test.py VariableScopeWithPartitioningTest.testPropagatePartitionerOnReopening:
# re-entering the scope object keeps its partitioner (made visible by a variable created inside).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def into2(shape=None, **unused):
    part = [1] * len(shape)
    part[0] = 2
    return part

with tf.variable_scope("scope0", partitioner=into2) as vs:
    with tf.variable_scope(vs) as vs1:
        v = tf.get_variable("name0", shape=(4, 2))
