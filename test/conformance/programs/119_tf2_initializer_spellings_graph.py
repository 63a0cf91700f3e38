# TF2-namespace initializers (tf.*_initializer) used with get_variable in graph mode.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

a = tf.compat.v1.get_variable("a", [3], initializer=tf.zeros_initializer())
b = tf.compat.v1.get_variable("b", [3], initializer=tf.ones_initializer())
c = tf.compat.v1.get_variable("c", [3], initializer=tf.constant_initializer([1, 2, 3]))
d = tf.compat.v1.get_variable("d", [3, 3], initializer=tf.random_normal_initializer())
e = tf.compat.v1.get_variable("e", [3, 3], initializer=tf.random_uniform_initializer())
f = tf.compat.v1.get_variable("f", [3, 3], initializer=tf.keras.initializers.TruncatedNormal(stddev=0.3))
g = tf.compat.v1.get_variable("g", [3, 3], initializer=tf.keras.initializers.Orthogonal(gain=1.5))
h = tf.compat.v1.get_variable("h", [4, 8], initializer=tf.keras.initializers.VarianceScaling(2.0, "fan_out", "uniform"))
i = tf.compat.v1.get_variable("i", [4, 8], initializer=tf.keras.initializers.LecunNormal())
