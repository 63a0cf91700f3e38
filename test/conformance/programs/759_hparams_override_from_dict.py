# HParams.override_from_dict (GPT-2's pattern): set_hparam casts an int to a float hparam (TF 1.15 hparam.py;
# recorded with the recorder's HParams stand-in).
from tensorflow.contrib.training import HParams
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def default_hparams():
    return HParams(n_vocab=0, n_ctx=16, n_embd=8, n_head=2, n_layer=1, scale=0.5)


hparams = default_hparams()
hparams.override_from_dict({"n_vocab": 17, "n_layer": 3, "scale": 2})
tf.get_variable("wte", [hparams.n_vocab, hparams.n_embd],
                initializer=tf.random_normal_initializer(stddev=hparams.scale * 0.01))
for i in range(hparams.n_layer):
    tf.get_variable("h%d" % i, [hparams.n_ctx, hparams.n_embd // hparams.n_head])
tf.get_variable("scale_is_float", [len(str(hparams.scale))])
