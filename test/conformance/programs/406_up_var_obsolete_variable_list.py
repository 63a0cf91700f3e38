# Port of TF variables_test.py ObsoleteIsInitializedTest.testVariableList: the same two variables, checked as a list.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.Graph().as_default():
    v = tf.Variable([1, 2])
    w = tf.Variable([3, 4])
    inited = tf.assert_variables_initialized([v])
