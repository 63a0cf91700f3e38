# The third seed example read back by full name from the root scope re-entered with AUTO_REUSE.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope('dynamic_scope'):
    for i in range(3):
        tf.compat.v1.get_variable("var_{}".format(i), shape=[2, 2],
                                  initializer=tf.compat.v1.random_uniform_initializer(-1, 1))

with tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=tf.compat.v1.AUTO_REUSE):
    for i in range(3):
        var = tf.compat.v1.get_variable("dynamic_scope/var_{}".format(i))
    extra = tf.compat.v1.get_variable("dynamic_scope/var_3", shape=[2, 2])
