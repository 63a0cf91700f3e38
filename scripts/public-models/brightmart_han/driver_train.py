"""brightmart/text_classification's Hierarchical Attention Network as
a05_HierarchicalAttentionNetwork/p1_HierarchicalAttention_train.py's main() builds it: its tf.app.flags with their
defaults (1999 labels, 100-token documents in 4 sentences, 100-dim embeddings and GRU states, multi-label,
training), the vocabulary size as a literal (train.py takes it from the zhihu word2vec model), then
HierarchicalAttention(...): the word and sentence GRU encoders written with get_variable, the attention contexts,
the projection, the sigmoid loss with L2 and tf.contrib.layers.optimize_loss (Adam, gradient clipping)."""
import tensorflow as tf

from p1_HierarchicalAttention_model import HierarchicalAttention

FLAGS = tf.app.flags.FLAGS
tf.app.flags.DEFINE_integer("num_classes", 1999, "number of label")
tf.app.flags.DEFINE_float("learning_rate", 0.01, "learning rate")
tf.app.flags.DEFINE_integer("batch_size", 512, "Batch size for training/evaluating.")
tf.app.flags.DEFINE_integer("decay_steps", 6000, "how many steps before decay learning rate.")
tf.app.flags.DEFINE_float("decay_rate", 1.0, "Rate of decay for learning rate.")
tf.app.flags.DEFINE_integer("sequence_length", 100, "max sentence length")
tf.app.flags.DEFINE_integer("embed_size", 100, "embedding size")
tf.app.flags.DEFINE_boolean("is_training", True, "is traning.true:tranining,false:testing/inference")
tf.app.flags.DEFINE_boolean("multi_label_flag", True, "use multi label or single label.")
tf.app.flags.DEFINE_integer("num_sentences", 4, "number of sentences in the document")
tf.app.flags.DEFINE_integer("hidden_size", 100, "hidden size")

vocab_size = 100000

model = HierarchicalAttention(FLAGS.num_classes, FLAGS.learning_rate, FLAGS.batch_size, FLAGS.decay_steps,
                              FLAGS.decay_rate, FLAGS.sequence_length, FLAGS.num_sentences, vocab_size,
                              FLAGS.embed_size, FLAGS.hidden_size, FLAGS.is_training,
                              multi_label_flag=FLAGS.multi_label_flag)
