# open() + json.load of a workspace JSON file; the values drive a loop over layers.
import json

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with open("_cfgflow/small.json") as f:
    params = json.load(f)

x = tf.placeholder(tf.float32, [None, params["hidden_size"]])
for i in range(params["num_layers"]):
    with tf.variable_scope("block%d" % i):
        tf.get_variable("w", [params["hidden_size"], params["inner_size"]])
tf.get_variable("init_range", [], initializer=tf.constant_initializer(params["init_range"]))
