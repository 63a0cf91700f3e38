# Sizes taken from lists, tuples and dicts.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

sizes = [784, 256, 128, 10]
kernel = (5, 5)
dims = {"in": 3, "out": 16}
names = ("alpha", "beta")

for i in range(len(sizes) - 1):
    tf.get_variable("fc%d" % i, [sizes[i], sizes[i + 1]])
conv = tf.get_variable("conv", list(kernel) + [dims["in"], dims["out"]])
last = tf.get_variable(names[-1], [sizes[-1]])
first = tf.get_variable(names[0], sizes[1:3])
both = tf.get_variable("both", [len(names), len(dims), dims.get("missing", 7)])
