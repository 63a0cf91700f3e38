# The first seed example written against "import tensorflow as tf" with tf.compat.v1 calls.
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

with tf.compat.v1.variable_scope('my_scope'):
    W = tf.compat.v1.get_variable("weight", shape=[10, 10], initializer=tf.compat.v1.zeros_initializer())
    b = tf.compat.v1.get_variable("bias", shape=[10], initializer=tf.compat.v1.random_normal_initializer())

with tf.compat.v1.variable_scope('my_scope', reuse=True):
    W_again = tf.compat.v1.get_variable("weight")

init_op = tf.compat.v1.global_variables_initializer()
with tf.compat.v1.Session() as sess:
    sess.run(init_op)
