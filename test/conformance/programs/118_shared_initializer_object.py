# One initializer object used for many variables of different shapes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.random_normal_initializer(stddev=0.2)
glorot = tf.glorot_uniform_initializer()
for i, shape in enumerate([[2, 3], [3, 4], [4]]):
    tf.get_variable("n%d" % i, shape, initializer=init)
    tf.get_variable("g%d" % i, shape, initializer=glorot)
