# Shapes given as tuples, TensorShape, scalars and a bare int.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", (3, 4))
b = tf.get_variable("b", tf.TensorShape([2, 2]))
c = tf.get_variable("c", [])
d = tf.get_variable("d", shape=5)
e = tf.get_variable("e", shape=())
