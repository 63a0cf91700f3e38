# Spelling: from tensorflow.compat import v1 as tf.
from tensorflow.compat import v1 as tf
tf.disable_eager_execution()

with tf.variable_scope("spell"):
    a = tf.get_variable("a", [3], initializer=tf.random_normal_initializer(0.0, 2.0))
    b = tf.get_variable("b", [3], initializer=tf.glorot_normal_initializer())
