"""Handwriting sampling (hardmaru/write-rnn-tensorflow), as sample.py builds it: the saved training arguments
(train.py's defaults; sample.py unpickles them from save/config.pkl) and Model(saved_args, True): inference mode,
batch and sequence length 1, no dropout wrapper."""
import argparse

import tensorflow as tf

from model import Model

saved_args = argparse.Namespace(
    rnn_size=256, num_layers=2, model='lstm', batch_size=50, seq_length=300, num_epochs=30, save_every=500,
    model_dir='save', grad_clip=10., learning_rate=0.005, decay_rate=0.95, num_mixture=20, data_scale=20,
    keep_prob=0.8)

model = Model(saved_args, True)
