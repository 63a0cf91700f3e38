# Workspace module (not an entry): builds a stacked network's variables from a NetConfig.
import copy

import tensorflow.compat.v1 as tf


def build(config, is_training=True, scope=None):
    config = copy.deepcopy(config)
    if not is_training:
        config.dropout = 0.0
    init = tf.truncated_normal_initializer(stddev=config.init_range)
    with tf.variable_scope(scope, default_name="net"):
        tf.get_variable("embedding", [config.vocab_size, config.hidden_size], initializer=init)
        for i in range(config.num_layers):
            with tf.variable_scope("layer_%d" % i):
                tf.get_variable("inner", [config.hidden_size, config.inner_size], initializer=init)
                tf.get_variable("outer", [config.inner_size, config.hidden_size], initializer=init)
    return config
