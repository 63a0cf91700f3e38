# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testSynchronizationAndAggregationWithCustomGetter:
# variables made through a custom getter with default and with ON_READ/MEAN synchronization/aggregation
# (ON_READ makes v1 non-trainable).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def custom_getter(getter, *args, **kwargs):
    return getter(*args, **kwargs)

with tf.variable_scope("scope", custom_getter=custom_getter):
    tf.get_variable("v", [1])
with tf.variable_scope("scope", custom_getter=custom_getter):
    tf.get_variable("v1", [1], synchronization=tf.VariableSynchronization.ON_READ,
                    aggregation=tf.VariableAggregation.MEAN)
