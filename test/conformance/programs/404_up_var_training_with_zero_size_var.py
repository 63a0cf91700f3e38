# Port of TF variables_test.py IsInitializedTest.testTrainingWithZeroSizeVar: a (0, 2) zeros and a (2, 2)
# ones variable, minimized with plain gradient descent (which adds no slot variables).
import tensorflow as tf

with tf.Graph().as_default():
    a = tf.Variable(tf.zeros([0, 2]))
    b = tf.Variable(tf.ones([2, 2]))
    objective = tf.reduce_sum(b + tf.matmul(a, a, transpose_a=True))
    do_opt = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(objective)
