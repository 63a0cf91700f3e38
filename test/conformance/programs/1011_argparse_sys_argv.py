# argparse's parse_args() reads sys.argv[1:] (Lib/argparse.py), so a program that sets sys.argv before parsing (a
# driver running pix2pix.py's module-level parser) gets those values: `--opt value`, `--opt=value`, store_true, typed
# ints and floats, str-typed choices, positionals; unlisted options keep their defaults; an explicit list wins.
import sys

sys.argv = ["train.py", "data_dir", "--ngf", "32", "--scale=1.5", "--separable", "--which_direction", "BtoA"]

import argparse  # noqa: E402

import tensorflow.compat.v1 as tf  # noqa: E402

tf.disable_v2_behavior()

parser = argparse.ArgumentParser()
parser.add_argument("input_dir")
parser.add_argument("--ngf", type=int, default=64)
parser.add_argument("--ndf", type=int, default=16)
parser.add_argument("--scale", type=float, default=1.0)
parser.add_argument("--separable", action="store_true")
parser.add_argument("--flip", dest="flip", action="store_false")
parser.add_argument("--which_direction", type=str, default="AtoB", choices=["AtoB", "BtoA"])
a = parser.parse_args()

tf.get_variable('ngf_ndf', [a.ngf, a.ndf])
tf.get_variable('scaled', [int(a.scale * 10), 3 if a.separable else 1, 5 if a.flip else 6])
tf.get_variable('direction', [len(a.which_direction) + (1 if a.which_direction == "BtoA" else 0), len(a.input_dir)])
b = parser.parse_args(["x", "--ndf", "8"])
tf.get_variable('explicit', [b.ngf, b.ndf, len(b.input_dir)])
