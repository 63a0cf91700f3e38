# Port of TF variable_scope_test.py VariableScopeWithCustomGetterTest.testNestedCustomGetters: getters of
# three nested scopes compose innermost first, giving eight variables .../v/sum_i/sum_j/prod_k.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def sum_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/sum_0" % name, *args, **kwargs)
    g_1 = getter("%s/sum_1" % name, *args, **kwargs)
    with tf.name_scope("sum_getter"):
        return g_0 + g_1

def prod_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/prod_0" % name, *args, **kwargs)
    g_1 = getter("%s/prod_1" % name, *args, **kwargs)
    with tf.name_scope("prod_getter"):
        return g_0 * g_1

with tf.variable_scope("prod_scope", custom_getter=prod_getter):
    with tf.variable_scope("sum_scope", custom_getter=sum_getter):
        with tf.variable_scope("inner_sum_scope", custom_getter=sum_getter):
            v = tf.get_variable("v", [1, 2, 3])
