# NetConfig.from_dict over a dict literal: six.iteritems and __dict__[key] = value set every attribute.
import tensorflow.compat.v1 as tf

from _cfgflow.config import NetConfig
from _cfgflow.net import build

tf.disable_v2_behavior()

conf = NetConfig.from_dict({"vocab_size": 20, "hidden_size": 5, "num_layers": 2, "inner_size": 7,
                            "init_range": 0.1, "dropout": 0.2})
build(conf)
