# Port of TF variables_test.py IsInitializedTest.testZeroSizeVarInitialized: a zero-size (0, 2) variable "v"
# from tf.zeros in a new graph.
import tensorflow as tf

with tf.Graph().as_default():
    v = tf.Variable(tf.zeros([0, 2]), name="v")
    uninited = tf.compat.v1.report_uninitialized_variables()
