# GPT-2's way: default HParams overridden from a workspace JSON file read with open() + json.load (TF 1.15
# hparam.py; recorded with the recorder's HParams stand-in).
import json

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hparams = tf.contrib.training.HParams(n_vocab=0, n_embd=2, n_layer=1, scale=0.5)
with open("_cfgflow/hparams.json") as fp:
    hparams.override_from_dict(json.load(fp))

with tf.variable_scope("model"):
    tf.get_variable("wte", [hparams.n_vocab, hparams.n_embd])
    for layer in range(hparams.n_layer):
        with tf.variable_scope("h%d" % layer):
            tf.get_variable("w", [1, hparams.n_embd, 3 * hparams.n_embd],
                            initializer=tf.random_normal_initializer(stddev=0.02 * hparams.scale))
