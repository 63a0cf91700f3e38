# The second seed example, then listing the scope's variables through the collections.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer_scope"):
    with tf.variable_scope("inner_scope"):
        W1 = tf.get_variable("weight1", shape=[5, 5], initializer=tf.ones_initializer())
        b1 = tf.get_variable("bias1", shape=[5], initializer=tf.constant_initializer(0.5))
    W2 = tf.get_variable("weight2", shape=[5, 10], initializer=tf.truncated_normal_initializer())

inner_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="outer_scope/inner_scope")
init_inner = tf.variables_initializer(inner_vars)
late = tf.get_variable("outer_scope/late", [1], initializer=tf.zeros_initializer())
