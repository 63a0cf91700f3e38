# A config file that exists only where the program runs (written to a temporary folder at run time): the
# analysis cannot read it and is told the values by the comment below.
# tfscope: units=5, depth=2, scope="outside"
import json
import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

folder = tempfile.mkdtemp()
path = os.path.join(folder, "config.json")
with open(path, "w") as f:
    json.dump({"units": 5, "depth": 2, "scope": "outside"}, f)


class Config(object):
    def __init__(self, units=1, depth=1, scope="inside"):
        self.units = units
        self.depth = depth
        self.scope = scope

    @classmethod
    def from_json(cls, file_name):
        config = cls()
        with open(file_name) as reader:
            for key, value in json.load(reader).items():
                setattr(config, key, value)
        return config


config = Config.from_json(path)
with tf.variable_scope(config.scope):
    for i in range(config.depth):
        tf.get_variable("w%d" % i, [config.units, config.units])
