# A flag without a default, given on the command line (here: the argv app.run parses); the analysis is told
# its value by the comment below.
# tfscope: n_layer=3
import sys

import tensorflow.compat.v1 as tf

flags = tf.flags
FLAGS = flags.FLAGS
flags.DEFINE_integer("n_layer", None, "Number of layers (required).")


def main(_):
    tf.disable_v2_behavior()
    for i in range(FLAGS.n_layer):
        tf.get_variable("layer%d" % i, [4, 4])


if __name__ == "__main__":
    tf.app.run(main, argv=[sys.argv[0], "--n_layer=3"])
