# Sizes come from argparse defaults (the program is run without arguments).
import argparse
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--name", default="net")
args = parser.parse_args()

with tf.variable_scope(args.name):
    for i in range(args.layers):
        tf.get_variable("w%d" % i, [args.hidden, args.hidden])
