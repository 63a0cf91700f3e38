# copy.copy is shallow: a list attribute is shared, so appending through the copy changes the original's too.
import copy

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


class Sizes(object):
    def __init__(self):
        self.widths = [2, 3]
        self.depth = 1


a = Sizes()
b = copy.copy(a)
b.widths.append(4)
b.depth = 5
for i, w in enumerate(a.widths):
    tf.get_variable("w%d" % i, [w, a.depth])
tf.get_variable("depth_b", [b.depth])
