# argparse (argparse.py): a Namespace is a plain object that keeps what the program assigns to it (char-rnn's
# `args.vocab_size = data_loader.vocab_size` after parse_args, `args.batch_size = 1` in sampling mode); each
# parse_args() gives a new Namespace, so an assignment is not a default of the parser; argparse.Namespace(**kw) has
# those attributes.
import argparse

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

parser = argparse.ArgumentParser()
parser.add_argument('--rnn_size', type=int, default=16)
parser.add_argument('--batch_size', type=int, default=4)
args = parser.parse_args([])
args.vocab_size = 11
args.rnn_size = args.rnn_size * 2
emb = tf.get_variable('embedding', [args.vocab_size, args.rnn_size])

again = parser.parse_args([])
w = tf.get_variable('w', [again.rnn_size, again.batch_size])

saved = argparse.Namespace(rnn_size=5, vocab_size=7, batch_size=3)
saved.batch_size = 1
v = tf.get_variable('v', [saved.batch_size, saved.vocab_size, saved.rnn_size])
