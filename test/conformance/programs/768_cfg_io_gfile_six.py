# tf.io.gfile.GFile + json.loads of a workspace file, a config round trip through to_dict (a deep copy), and
# six.string_types deciding which branch runs (BERT's get_activation test).
import json

import six
import tensorflow.compat.v1 as tf

from _cfgflow.config import NetConfig

tf.disable_v2_behavior()

with tf.io.gfile.GFile("_cfgflow/small.json", "r") as reader:
    conf = NetConfig.from_dict(json.loads(reader.read()))
copy_of = NetConfig.from_dict(conf.to_dict())
copy_of.hidden_size = 2
act = "gelu"
if isinstance(act, six.string_types):
    tf.get_variable("act_is_string", [conf.hidden_size, copy_of.hidden_size])
else:
    tf.get_variable("act_is_callable", [1])
for key, value in sorted(six.iteritems(conf.to_dict())):
    if isinstance(value, int):
        tf.get_variable(key, [value])
