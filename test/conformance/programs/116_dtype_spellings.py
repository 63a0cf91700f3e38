# dtype given as tf.dtypes, as a string and as a numpy type.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [2], dtype=tf.dtypes.float64)
b = tf.get_variable("b", [2], dtype="int32")
c = tf.get_variable("c", [2], dtype=np.float32)
d = tf.get_variable("d", [2], dtype=tf.as_dtype("int64"))
e = tf.Variable(3, dtype=tf.float32, name="e")
f = tf.Variable([1.5, 2.5], dtype=tf.float64, name="f")
