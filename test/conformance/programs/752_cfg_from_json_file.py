# NetConfig.from_json_file reads a JSON file of the workspace with tf.gfile.GFile (path relative to where it runs).
import tensorflow.compat.v1 as tf

from _cfgflow.config import NetConfig
from _cfgflow.net import build

tf.disable_v2_behavior()

conf = NetConfig.from_json_file("_cfgflow/small.json")
build(conf, is_training=False, scope="from_json")
