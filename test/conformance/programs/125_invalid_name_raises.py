# A variable name that is not a valid op name raises.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

ok = tf.get_variable("ok", [1])
bad = tf.get_variable("bad name!", [1])
