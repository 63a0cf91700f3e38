# get_local_variable puts variables in local_variables and makes them non-trainable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("metrics"):
    total = tf.get_local_variable("total", [], initializer=tf.zeros_initializer())
    count = tf.get_local_variable("count", [], dtype=tf.int64)
    weight = tf.get_variable("weight", [2])
    hist = tf.get_variable("hist", [4], collections=[tf.GraphKeys.LOCAL_VARIABLES], trainable=False)
