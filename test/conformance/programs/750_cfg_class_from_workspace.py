# A config object of a workspace class, built as a literal and handed to a workspace builder (BERT's driver shape).
import tensorflow.compat.v1 as tf

from _cfgflow import config as cfg
from _cfgflow import net

tf.disable_v2_behavior()

conf = cfg.NetConfig(vocab_size=30, hidden_size=4, num_layers=3, inner_size=10)
net.build(conf, scope="model")
