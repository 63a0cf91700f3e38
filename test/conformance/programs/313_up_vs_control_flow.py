# Port of TF variable_scope_test.py VariableScopeTest.testControlFlow: get_variable called inside each branch
# of tf.cond creates both branch variables (v1 = 1, v2 = 2) with their plain names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v0 = tf.get_variable("v0", [], initializer=tf.constant_initializer(0))
made = {}

def then_branch():
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
    made["v1"] = v1
    return v1 + v0

def else_branch():
    v2 = tf.get_variable("v2", [1], initializer=tf.constant_initializer(2))
    made["v2"] = v2
    return v2 + v0

add = tf.cond(tf.less(v0, 10), then_branch, else_branch)
