# NumPy dtypes given as type codes and Python types (astype("<f4"), dtype="i8", astype("d"), dtype=float) fix
# the variables' dtypes; a non-bool auxiliary_name_scope (1: caught, None: recorded) raises TypeError.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.Variable(np.ones([2, 2]).astype("<f4"), name="a")
b = tf.Variable(np.zeros(3, dtype="i8"), name="b")
c = tf.Variable(np.arange(4).astype("d"), name="c")
d = tf.Variable(np.full([2], 1.5, dtype=float), name="d")
e = tf.Variable(np.zeros([2], dtype="?"), name="e")
try:
    with tf.variable_scope("s", auxiliary_name_scope=1):
        pass
except TypeError:
    tf.Variable(0.0, name="caught_int_aux")
with tf.variable_scope("t", auxiliary_name_scope=None):
    pass
