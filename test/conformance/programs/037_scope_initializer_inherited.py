# A scope's initializer is the default for get_variable inside it and in its children.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("s", initializer=tf.constant_initializer(0.3)):
    v = tf.get_variable("v", [2])
    with tf.variable_scope("child"):
        c = tf.get_variable("c", [2])
        own = tf.get_variable("own", [2], initializer=tf.ones_initializer())
    with tf.variable_scope("other", initializer=tf.random_normal_initializer(mean=1.0, stddev=0.25)):
        o = tf.get_variable("o", [3, 3])
after = tf.get_variable("after", [2])
