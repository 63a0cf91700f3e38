# Builds GPT-2 124M the way openai/gpt-2's scripts do (model.model on a token placeholder), with the released
# hyperparameters as literals in a small object of our own (upstream uses tf.contrib.training.HParams).
import tensorflow as tf

import model


class Hyper(object):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


hparams = Hyper(n_vocab=50257, n_ctx=1024, n_embd=768, n_head=12, n_layer=12)
batch_size = 1
X = tf.placeholder(tf.int32, [batch_size, None])
output = model.model(hparams=hparams, X=X, past=None, reuse=tf.AUTO_REUSE)
