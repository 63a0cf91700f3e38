# Port of TF variables_test.py VariablesTestCase.testControlFlow: tf.Variable created inside each tf.cond branch (named
# within the cond's name scopes) next to an outer int variable v0.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v0 = tf.Variable(0, name="v0")
made = {}

def then_branch():
    v1 = tf.Variable(1, name="v1")
    made["v1"] = v1
    return v1 + v0

def else_branch():
    v2 = tf.Variable(2, name="v2")
    made["v2"] = v2
    return v2 + v0

add = tf.cond(tf.less(v0, 10), then_branch, else_branch)
