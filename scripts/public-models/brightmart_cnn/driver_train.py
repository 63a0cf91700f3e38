"""brightmart/text_classification's TextCNN as a02_TextCNN/p7_TextCNN_train.py's main() builds it: its tf.app.flags
with their defaults (128 filters of sizes 6, 7, 8; 128-dim embeddings; multi-label), the data's sizes as literals
(train.py reads them from the zhihu h5 cache: sentences of 200 tokens, 1999 labels, a 100000-word vocabulary), then
TextCNN(...): embedding and projection, convolutions with contrib batch_norm, a dense layer, the sigmoid loss with
L2, exponential decay and Adam over clipped gradients."""
import tensorflow as tf

from p7_TextCNN_model import TextCNN

FLAGS = tf.app.flags.FLAGS
tf.app.flags.DEFINE_float("learning_rate", 0.0003, "learning rate")
tf.app.flags.DEFINE_integer("batch_size", 64, "Batch size for training/evaluating.")
tf.app.flags.DEFINE_integer("decay_steps", 1000, "how many steps before decay learning rate.")
tf.app.flags.DEFINE_float("decay_rate", 1.0, "Rate of decay for learning rate.")
tf.app.flags.DEFINE_integer("sentence_len", 200, "max sentence length")
tf.app.flags.DEFINE_integer("embed_size", 128, "embedding size")
tf.app.flags.DEFINE_integer("num_filters", 128, "number of filters")
tf.app.flags.DEFINE_boolean("multi_label_flag", True, "use multi label or single label.")
filter_sizes = [6, 7, 8]

vocab_size, num_classes = 100000, 1999

textCNN = TextCNN(filter_sizes, FLAGS.num_filters, num_classes, FLAGS.learning_rate, FLAGS.batch_size,
                  FLAGS.decay_steps, FLAGS.decay_rate, FLAGS.sentence_len, vocab_size, FLAGS.embed_size,
                  multi_label_flag=FLAGS.multi_label_flag)
