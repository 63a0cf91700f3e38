# A shape that depends on a placeholder's runtime size cannot define a new variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 6])
ok = tf.get_variable("ok", [x.shape[1], 2])
bad = tf.get_variable("bad", [tf.shape(x)[0], 2])
