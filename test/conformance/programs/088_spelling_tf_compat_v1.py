# Spelling: import tensorflow as tf with tf.compat.v1.* everywhere.
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

with tf.compat.v1.variable_scope("spell"):
    a = tf.compat.v1.get_variable("a", [2], initializer=tf.compat.v1.constant_initializer(2.5))
    b = tf.compat.v1.get_local_variable("b", [2], initializer=tf.compat.v1.zeros_initializer())
    c = tf.compat.v1.Variable(1.5, name="c")
