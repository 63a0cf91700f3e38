"""TextCNN on the movie-review polarity data, built as train.py's train() builds it
(dennybritz/cnn-text-classification-tf): train.py's flags with their defaults (128-dim embeddings, filter sizes
3,4,5 with 128 filters each, l2 lambda 0), the data's sizes as literals (sentences padded to 56 tokens, 2 classes,
a vocabulary of 18758 words; train.py computes them from rt-polarity.pos/.neg), then the global step variable,
Adam(1e-3) with compute_gradients/apply_gradients and the gradient summaries."""
import tensorflow as tf

from text_cnn import TextCNN

tf.flags.DEFINE_integer("embedding_dim", 128, "Dimensionality of character embedding (default: 128)")
tf.flags.DEFINE_string("filter_sizes", "3,4,5", "Comma-separated filter sizes (default: '3,4,5')")
tf.flags.DEFINE_integer("num_filters", 128, "Number of filters per filter size (default: 128)")
tf.flags.DEFINE_float("dropout_keep_prob", 0.5, "Dropout keep probability (default: 0.5)")
tf.flags.DEFINE_float("l2_reg_lambda", 0.0, "L2 regularization lambda (default: 0.0)")
FLAGS = tf.flags.FLAGS

sequence_length, num_classes, vocab_size = 56, 2, 18758

with tf.Graph().as_default():
    cnn = TextCNN(
        sequence_length=sequence_length,
        num_classes=num_classes,
        vocab_size=vocab_size,
        embedding_size=FLAGS.embedding_dim,
        filter_sizes=list(map(int, FLAGS.filter_sizes.split(","))),
        num_filters=FLAGS.num_filters,
        l2_reg_lambda=FLAGS.l2_reg_lambda)

    global_step = tf.Variable(0, name="global_step", trainable=False)
    optimizer = tf.train.AdamOptimizer(1e-3)
    grads_and_vars = optimizer.compute_gradients(cnn.loss)
    train_op = optimizer.apply_gradients(grads_and_vars, global_step=global_step)

    grad_summaries = []
    for g, v in grads_and_vars:
        if g is not None:
            grad_hist_summary = tf.summary.histogram("{}/grad/hist".format(v.name), g)
            sparsity_summary = tf.summary.scalar("{}/grad/sparsity".format(v.name), tf.nn.zero_fraction(g))
            grad_summaries.append(grad_hist_summary)
            grad_summaries.append(sparsity_summary)
    grad_summaries_merged = tf.summary.merge(grad_summaries)
