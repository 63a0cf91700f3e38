# Random initializers with positional and keyword arguments, and seeds.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.set_random_seed(42)

a = tf.get_variable("a", [5], initializer=tf.random_uniform_initializer(-0.05, 0.05))
b = tf.get_variable("b", [5], initializer=tf.random_uniform_initializer(maxval=4.0, seed=3))
c = tf.get_variable("c", [5], initializer=tf.truncated_normal_initializer(mean=0.1, stddev=0.02))
d = tf.get_variable("d", [5], initializer=tf.random_normal_initializer(-1.0, 0.5, seed=7))
e = tf.get_variable("e", [5], dtype=tf.float64, initializer=tf.random_normal_initializer(stddev=0.3))
f = tf.get_variable("f", [5], initializer=tf.random_uniform_initializer(0, 10, dtype=tf.float32))
