# A Keras initializer object passed to get_variable in graph mode.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("k"):
    w = tf.compat.v1.get_variable("w", [4, 6], initializer=tf.keras.initializers.GlorotUniform(seed=1))
    z = tf.compat.v1.get_variable("z", [6], initializer=tf.keras.initializers.Zeros())
    n = tf.compat.v1.get_variable("n", [6], initializer=tf.keras.initializers.RandomNormal(mean=0.5, stddev=0.1))
