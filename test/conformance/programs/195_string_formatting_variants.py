# Less common formatting: %(key)s with a dict, alignment, zfill, float precision.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

info = {"kind": "conv", "idx": 3}
a = tf.get_variable("%(kind)s_%(idx)d" % info, [1])
b = tf.get_variable("w{:>03}".format(7), [1])
c = tf.get_variable("v" + str(5).zfill(3), [1])
d = tf.get_variable("lr_%.2f" % 0.125, [1])
e = tf.get_variable("{0[kind]}_{1}".format(info, len(info)), [1])
