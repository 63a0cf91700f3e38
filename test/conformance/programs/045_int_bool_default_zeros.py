# Integer and boolean variables without an initializer start at zero.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

i = tf.get_variable("counter", [3], dtype=tf.int32)
j = tf.get_variable("big", [2, 2], dtype=tf.int64)
flag = tf.get_variable("flag", [2], dtype=tf.bool)
half = tf.get_variable("half", [2], dtype=tf.float16)
