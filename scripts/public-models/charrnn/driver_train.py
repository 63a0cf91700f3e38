"""char-rnn on tinyshakespeare, built as train.py's train() builds it (sherjilozair/char-rnn-tensorflow): train.py's
argparse model and optimization flags with their defaults (a 2-layer LSTM of 128 units, sequences of 50, batches of
50, gradient clip 5), the vocabulary size as a literal (tinyshakespeare's 65 characters; train.py takes it from
TextLoader), then Model(args): the MultiRNNCell under legacy_seq2seq.rnn_decoder's 'rnnlm' scope, the embedding, the
lr variable and Adam over the clipped gradients."""
import argparse

import tensorflow as tf

from model import Model

parser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter)
parser.add_argument('--data_dir', type=str, default='data/tinyshakespeare')
parser.add_argument('--save_dir', type=str, default='save')
parser.add_argument('--log_dir', type=str, default='logs')
parser.add_argument('--save_every', type=int, default=1000)
parser.add_argument('--init_from', type=str, default=None)
parser.add_argument('--model', type=str, default='lstm', help='lstm, rnn, gru, or nas')
parser.add_argument('--rnn_size', type=int, default=128)
parser.add_argument('--num_layers', type=int, default=2)
parser.add_argument('--seq_length', type=int, default=50)
parser.add_argument('--batch_size', type=int, default=50)
parser.add_argument('--num_epochs', type=int, default=50)
parser.add_argument('--grad_clip', type=float, default=5.)
parser.add_argument('--learning_rate', type=float, default=0.002)
parser.add_argument('--decay_rate', type=float, default=0.97)
parser.add_argument('--output_keep_prob', type=float, default=1.0)
parser.add_argument('--input_keep_prob', type=float, default=1.0)
args = parser.parse_args([])

args.vocab_size = 65

model = Model(args)
