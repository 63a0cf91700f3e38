"""The Transformer (base: d_model 512, d_ff 2048, 6 blocks, 8 heads, vocabulary 32000, label smoothing 0.1) built
as train.py builds it (Kyubyong/transformer): hparams.Hparams' parser with its defaults, the batches' iterator
replaced by placeholders of the shapes and types get_batch's padded batches have, model.Transformer(hp), then
m.train(xs, ys) (encoder, decoder, shared embeddings, noam-scheduled Adam). train.py then builds m.eval(xs, ys), the
autoregressive inference graph (100 decoder copies under AUTO_REUSE, no new variable); recording it under the
recorder took over 30 minutes, so this driver stops after m.train. bpe.vocab is a short vocabulary of our own with the reserved tokens
load_vocab reads; the model's vocabulary size is the hparams' 32000."""
import tensorflow as tf

from hparams import Hparams
from model import Transformer

hparams = Hparams()
parser = hparams.parser
hp = parser.parse_args(['--vocab', 'bpe.vocab'])

xs = (tf.placeholder(tf.int32, [None, None]), tf.placeholder(tf.int32, [None]), tf.placeholder(tf.string, [None]))
ys = (tf.placeholder(tf.int32, [None, None]), tf.placeholder(tf.int32, [None, None]),
      tf.placeholder(tf.int32, [None]), tf.placeholder(tf.string, [None]))

m = Transformer(hp)
loss, train_op, global_step, train_summaries = m.train(xs, ys)
