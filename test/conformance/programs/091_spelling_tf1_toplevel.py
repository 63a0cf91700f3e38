# Spelling: TF1 top-level names through import tensorflow.compat.v1 as tf.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("legacy", initializer=tf.random_normal_initializer(stddev=0.3)):
    a = tf.get_variable("a", [4])
    b = tf.get_variable("b", [4], initializer=tf.truncated_normal_initializer(0.0, 0.01))
    c = tf.get_variable("c", [4], initializer=tf.uniform_unit_scaling_initializer())
