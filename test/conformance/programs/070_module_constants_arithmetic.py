# Module constants and arithmetic in shapes and names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

HIDDEN = 64
IN_DIM = 28 * 28
CLASSES = 10
KERNEL = 3
SCALE = 2

w1 = tf.get_variable("w1", [IN_DIM, HIDDEN * SCALE])
w2 = tf.get_variable("w2", [HIDDEN * SCALE, HIDDEN // 4 + 1])
w3 = tf.get_variable("w3", [HIDDEN // 4 + 1, CLASSES], initializer=tf.zeros_initializer())
k = tf.get_variable("k", [KERNEL, KERNEL, 3, HIDDEN - 32])
p = tf.get_variable("p", [2 ** 3, (HIDDEN % 10) + 1])
n = tf.get_variable("n", [int(HIDDEN / 8), max(3, 5), min(3, 5), abs(-2)])
