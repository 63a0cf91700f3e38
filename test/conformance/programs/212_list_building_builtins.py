# Names and dims collected with append, sum, max and sorted.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

widths = []
for w in (3, 1, 2):
    widths.append(w * 4)
names = sorted(["gamma", "alpha", "beta"])
total = tf.get_variable("total", [sum(widths)])
widest = tf.get_variable("widest", [max(widths), min(widths)])
for n, w in zip(names, widths):
    tf.get_variable(n, [w], initializer=tf.zeros_initializer())
