# collections=[] keeps a variable out of every collection; custom collection names are kept.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

hidden = tf.get_variable("hidden", [2], collections=[])
mine = tf.get_variable("mine", [2], collections=["my_vars"])
both = tf.get_variable("both", [2], collections=[tf.GraphKeys.GLOBAL_VARIABLES, "my_vars"])
frozen = tf.get_variable("frozen", [2], trainable=False, collections=["my_vars"])
model = tf.get_variable("model", [2], collections=[tf.GraphKeys.MODEL_VARIABLES, tf.GraphKeys.GLOBAL_VARIABLES])
