# math-module arithmetic in initializer arguments, range with steps, reversed and slicing.
import math
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

FAN_IN = 256
w = tf.get_variable("w", [FAN_IN, 16], initializer=tf.random_normal_initializer(stddev=1.0 / math.sqrt(FAN_IN)))
u = tf.get_variable("u", [FAN_IN, 16], initializer=tf.random_uniform_initializer(-math.sqrt(6.0 / (FAN_IN + 16)), math.sqrt(6.0 / (FAN_IN + 16))))
for i in range(10, 0, -4):
    tf.get_variable("r%d" % i, [i])
dims = [1, 2, 3, 4, 5]
for d in reversed(dims[::2]):
    tf.get_variable("s%d" % d, dims[-d:])
pi = tf.get_variable("pi", [1], initializer=tf.constant_initializer(round(math.pi, 3)))
