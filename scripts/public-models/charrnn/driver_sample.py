"""char-rnn sampling, as sample.py builds it (sherjilozair/char-rnn-tensorflow): the saved training arguments
(train.py's defaults, tinyshakespeare's 65 characters; sample.py unpickles them from save/config.pkl) and
Model(saved_args, training=False): batch and sequence length 1, rnn_decoder with the loop function, and the
optimizer part of the model as in training."""
import argparse

import tensorflow as tf

from model import Model

saved_args = argparse.Namespace(
    data_dir='data/tinyshakespeare', save_dir='save', log_dir='logs', save_every=1000, init_from=None,
    model='lstm', rnn_size=128, num_layers=2, seq_length=50, batch_size=50, num_epochs=50, grad_clip=5.,
    learning_rate=0.002, decay_rate=0.97, output_keep_prob=1.0, input_keep_prob=1.0, vocab_size=65)

model = Model(saved_args, training=False)
