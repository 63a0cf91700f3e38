# Port of TF variables_test.py IsInitializedTest.testAssertVariablesInitialized: in a new graph, v [1, 2]
# and w [3, 4] (int32) with report_uninitialized_variables.
import tensorflow as tf

with tf.Graph().as_default():
    v = tf.Variable([1, 2], name="v")
    w = tf.Variable([3, 4], name="w")
    uninited = tf.compat.v1.report_uninitialized_variables()
