# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testVariableCreator: an inner creator
# renaming to "forced_name" wins over the requested name; a creator passes synchronization/aggregation on.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def creator_a(next_creator, **kwargs):
    return next_creator(**kwargs)

def creator_b(next_creator, **kwargs):
    kwargs["name"] = "forced_name"
    return next_creator(**kwargs)

with tf.variable_creator_scope(creator_a):
    with tf.variable_creator_scope(creator_b):
        tf.Variable(1.0, name="one_name")

def creator_c(next_creator, **kwargs):
    return next_creator(**kwargs)

with tf.variable_creator_scope(creator_c):
    tf.get_variable("v", [], synchronization=tf.VariableSynchronization.ON_WRITE,
                    aggregation=tf.VariableAggregation.MEAN)
