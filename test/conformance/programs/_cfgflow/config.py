# Workspace module (not an entry): a model configuration class with dict / JSON constructors.
import copy
import json

import six
import tensorflow.compat.v1 as tf


class NetConfig(object):
    """Sizes of a small stacked network."""

    def __init__(self, vocab_size, hidden_size=8, num_layers=2, inner_size=16, init_range=0.02,
                 dropout=0.1):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.inner_size = inner_size
        self.init_range = init_range
        self.dropout = dropout

    @classmethod
    def from_dict(cls, mapping):
        config = NetConfig(vocab_size=None)
        for (key, value) in six.iteritems(mapping):
            config.__dict__[key] = value
        return config

    @classmethod
    def from_json_file(cls, path):
        with tf.gfile.GFile(path, "r") as reader:
            text = reader.read()
        return cls.from_dict(json.loads(text))

    def to_dict(self):
        return copy.deepcopy(self.__dict__)
