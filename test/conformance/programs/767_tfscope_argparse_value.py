# An argparse option without a default, given on the command line (here: the list parse_args reads); the
# analysis is told its value by the comment below, and the option with a default keeps it.
# tfscope: units=7
import argparse

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

parser = argparse.ArgumentParser()
parser.add_argument("--units", type=int)
parser.add_argument("--depth", type=int, default=2)
args = parser.parse_args(["--units", "7"])
for i in range(args.depth):
    tf.get_variable("w%d" % i, [args.units, 3])
