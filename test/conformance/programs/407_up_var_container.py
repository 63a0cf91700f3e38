# Port of TF variables_test.py VariableContainerTest.testContainer (without the raw gen_state_ops op):
# containers do not change variable names; five unnamed int32 variables Variable .. Variable_4.
import tensorflow as tf

with tf.Graph().as_default():
    v0 = tf.Variable([0])
    with tf.compat.v1.container("l1"):
        v1 = tf.Variable([1])
        with tf.compat.v1.container("l2"):
            v2 = tf.Variable([2])
        v3 = tf.Variable([3])
    v4 = tf.Variable([4])
