# A new variable needs a fully defined shape.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

ok = tf.get_variable("ok", [4, 3])
bad = tf.get_variable("bad", [None, 3])
