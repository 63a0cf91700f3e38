# Identity initializers.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

a = tf.compat.v1.get_variable("a", [4, 4], initializer=tf.compat.v1.initializers.identity())
b = tf.compat.v1.get_variable("b", [3, 5], initializer=tf.compat.v1.initializers.identity(gain=3.0))
