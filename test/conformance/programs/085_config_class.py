# A config class with class attributes, and an instance with overrides.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


class Config:
    hidden = 128
    vocab = 5000
    scope = "lm"
    init_range = 0.08


class SmallConfig(Config):
    hidden = 32


cfg = SmallConfig()
with tf.variable_scope(Config.scope):
    emb = tf.get_variable("embedding", [cfg.vocab, cfg.hidden],
                          initializer=tf.random_uniform_initializer(-cfg.init_range, cfg.init_range))
    out = tf.get_variable("softmax_w", [Config.hidden, Config.vocab])
