# Port of TF variables_test.py VariablesTestCase.testCollectionsWithScope: unnamed variables in name scopes scope_1 and
# scope_2 are scope_1/Variable and scope_2/Variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("scope_1"):
    var_x = tf.Variable(2.0)
with tf.name_scope("scope_2"):
    var_y = tf.Variable(2.0)
