# Orthogonal initializers with default and explicit gain.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

a = tf.compat.v1.get_variable("a", [6, 4], initializer=tf.compat.v1.orthogonal_initializer())
b = tf.compat.v1.get_variable("b", [4, 6], initializer=tf.compat.v1.orthogonal_initializer(gain=2.0))
c = tf.compat.v1.get_variable("c", [3, 3, 5], initializer=tf.compat.v1.initializers.orthogonal(gain=0.5))
