"""Handwriting generation (hardmaru/write-rnn-tensorflow), built as train.py's main() and train() build it:
train.py's argparse flags with their defaults (a 2-layer LSTM of 256 units with state_is_tuple=False, sequences of
300, 20 mixtures, keep_prob 0.8), then Model(args): the DropoutWrapper'd MultiRNNCell under rnn_decoder's 'rnnlm'
scope, the mixture density output layer, the lr variable and Adam over the clipped gradients."""
import argparse

import tensorflow as tf

from model import Model

parser = argparse.ArgumentParser()
parser.add_argument('--rnn_size', type=int, default=256, help='size of RNN hidden state')
parser.add_argument('--num_layers', type=int, default=2, help='number of layers in the RNN')
parser.add_argument('--model', type=str, default='lstm', help='rnn, gru, or lstm')
parser.add_argument('--batch_size', type=int, default=50, help='minibatch size')
parser.add_argument('--seq_length', type=int, default=300, help='RNN sequence length')
parser.add_argument('--num_epochs', type=int, default=30, help='number of epochs')
parser.add_argument('--save_every', type=int, default=500, help='save frequency')
parser.add_argument('--model_dir', type=str, default='save', help='directory to save model to')
parser.add_argument('--grad_clip', type=float, default=10., help='clip gradients at this value')
parser.add_argument('--learning_rate', type=float, default=0.005, help='learning rate')
parser.add_argument('--decay_rate', type=float, default=0.95, help='decay rate for rmsprop')
parser.add_argument('--num_mixture', type=int, default=20, help='number of gaussian mixtures')
parser.add_argument('--data_scale', type=float, default=20, help='factor to scale raw data down by')
parser.add_argument('--keep_prob', type=float, default=0.8, help='dropout keep probability')
args = parser.parse_args([])

model = Model(args)
