# tf.contrib.training.HParams: hyperparameters are attributes (recorded with the recorder's HParams stand-in
# that follows TF 1.15's contrib/training/python/training/hparam.py; TF 2.21 has no tf.contrib).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hparams = tf.contrib.training.HParams(n_vocab=11, n_embd=4, n_layer=2, widths=[3, 5])
tf.get_variable("wte", [hparams.n_vocab, hparams.n_embd])
for layer in range(hparams.n_layer):
    with tf.variable_scope("h%d" % layer):
        tf.get_variable("w", [hparams.n_embd, hparams.widths[layer]])
