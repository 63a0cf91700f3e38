# Initializers spelled through tf.compat.v1.initializers.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

inits = tf.compat.v1.initializers
a = tf.compat.v1.get_variable("a", [3, 3], initializer=inits.random_normal(mean=1.0, stddev=2.0))
b = tf.compat.v1.get_variable("b", [3], initializer=inits.zeros())
c = tf.compat.v1.get_variable("c", [3], initializer=inits.ones())
d = tf.compat.v1.get_variable("d", [3], initializer=inits.constant(4.0))
e = tf.compat.v1.get_variable("e", [3, 3], initializer=inits.random_uniform(-1.0, 1.0))
f = tf.compat.v1.get_variable("f", [3, 3], initializer=inits.truncated_normal(stddev=0.5))
g = tf.compat.v1.get_variable("g", [3, 3], initializer=inits.glorot_uniform())
h = tf.compat.v1.get_variable("h", [3, 3], initializer=inits.he_normal())
i = tf.compat.v1.get_variable("i", [3, 3], initializer=inits.lecun_uniform())
