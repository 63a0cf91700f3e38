# copy.deepcopy gives an independent config: changing the copy leaves the original as it was.
import copy

import tensorflow.compat.v1 as tf

from _cfgflow.config import NetConfig
from _cfgflow.net import build

tf.disable_v2_behavior()

base = NetConfig(vocab_size=12, hidden_size=3, num_layers=1)
wide = copy.deepcopy(base)
wide.hidden_size = 9
wide.num_layers = 2
build(base, scope="base")
build(wide, scope="wide")
tf.get_variable("check", [base.hidden_size, wide.hidden_size])
