# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testGetterThatCreatesTwoVariablesAndSumsThem:
# a getter that makes "<name>/0" and "<name>/1" and returns their sum creates scope/v/0 and scope/v/1.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def custom_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/0" % name, *args, **kwargs)
    g_1 = getter("%s/1" % name, *args, **kwargs)
    with tf.name_scope("custom_getter"):
        return g_0 + g_1

with tf.variable_scope("scope", custom_getter=custom_getter):
    v = tf.get_variable("v", [1, 2, 3])
