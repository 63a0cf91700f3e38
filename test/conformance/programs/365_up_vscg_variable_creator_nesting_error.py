# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testVariableCreatorNestingError:
# exiting an outer variable_creator_scope while an inner one is open raises RuntimeError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def creator(next_creator, **kwargs):
    return next_creator(**kwargs)

scope = tf.variable_creator_scope(creator)
scope.__enter__()
with tf.variable_creator_scope(creator):
    v = tf.Variable(1.0, name="inside")
    scope.__exit__(None, None, None)
