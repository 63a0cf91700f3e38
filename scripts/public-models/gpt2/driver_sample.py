# Builds GPT-2 124M through openai/gpt-2's sampler (sample.sample_sequence): the model is built once before
# tf.while_loop and again inside its body, shared through variable_scope(reuse=tf.AUTO_REUSE).
import tensorflow as tf

import sample


class Hyper(object):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


hparams = Hyper(n_vocab=50257, n_ctx=1024, n_embd=768, n_head=12, n_layer=12)
batch_size = 1
context = tf.placeholder(tf.int32, [batch_size, None])
output = sample.sample_sequence(hparams=hparams, length=16, context=context, batch_size=batch_size,
                                temperature=1, top_k=40)
