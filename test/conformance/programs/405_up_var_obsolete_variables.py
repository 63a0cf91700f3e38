# Port of TF variables_test.py ObsoleteIsInitializedTest.testVariables: two unnamed VariableV1 [1, 2] and [3, 4] in a new
# graph with assert_variables_initialized.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.Graph().as_default():
    v = tf.Variable([1, 2])
    w = tf.Variable([3, 4])
    inited = tf.assert_variables_initialized()
