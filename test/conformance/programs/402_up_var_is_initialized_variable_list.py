# Port of TF variables_test.py IsInitializedTest.testVariableList: VariableV1 v [1, 2] and w [3, 4] in a new graph.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.Graph().as_default():
    v = tf.Variable([1, 2], name="v")
    w = tf.Variable([3, 4], name="w")
    uninited = tf.report_uninitialized_variables()
