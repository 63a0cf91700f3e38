# TF2 eager: variables from computed tensors (their distribution is not recorded) and from literals.
import tensorflow as tf

tf.random.set_seed(0)
noise = tf.Variable(tf.random.normal([3, 3], stddev=0.1), name="noise")
zeros = tf.Variable(tf.zeros([4]), name="zeros")
lit = tf.Variable([1.0, 2.0, 3.0], name="lit", trainable=False)
with tf.name_scope("scaled"):
    scaled = tf.Variable(2.0 * tf.ones([2]), name="s")
