# tf.Variable with a callable initial value and an explicit dtype.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.Variable(lambda: tf.ones([2, 3]), name="a")
b = tf.Variable(lambda: tf.random.uniform([3], -0.5, 0.5), name="b")
c = tf.Variable(initial_value=lambda: tf.zeros([4], dtype=tf.int64), name="c")
init = tf.compat.v1.constant_initializer(0.25)
d = tf.Variable(lambda: init([2], dtype=tf.float32), name="d")
