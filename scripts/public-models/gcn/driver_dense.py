"""The dense (MLP) baseline on Pubmed, as gcn/train.py builds it with --model dense --dataset pubmed
(tkipf/gcn): one support placeholder (unused by the MLP), Pubmed's sizes as literals (19717 nodes, 500 sparse
features, 3 classes), models.MLP (two Dense layers of tf.Variable weights and the model's Adam minimize)."""
import tensorflow as tf

from gcn.models import MLP

seed = 123
tf.set_random_seed(seed)

flags = tf.app.flags
FLAGS = flags.FLAGS
flags.DEFINE_string('dataset', 'pubmed', 'Dataset string.')
flags.DEFINE_string('model', 'dense', 'Model string.')
flags.DEFINE_float('learning_rate', 0.01, 'Initial learning rate.')
flags.DEFINE_integer('epochs', 200, 'Number of epochs to train.')
flags.DEFINE_integer('hidden1', 16, 'Number of units in hidden layer 1.')
flags.DEFINE_float('dropout', 0.5, 'Dropout rate (1 - keep probability).')
flags.DEFINE_float('weight_decay', 5e-4, 'Weight for L2 loss on embedding matrix.')
flags.DEFINE_integer('early_stopping', 10, 'Tolerance for early stopping (# of epochs).')
flags.DEFINE_integer('max_degree', 3, 'Maximum Chebyshev polynomial degree.')

num_nodes, num_features, num_classes = 19717, 500, 3
num_supports = 1
placeholders = {
    'support': [tf.sparse_placeholder(tf.float32) for _ in range(num_supports)],
    'features': tf.sparse_placeholder(tf.float32, shape=tf.constant((num_nodes, num_features), dtype=tf.int64)),
    'labels': tf.placeholder(tf.float32, shape=(None, num_classes)),
    'labels_mask': tf.placeholder(tf.int32),
    'dropout': tf.placeholder_with_default(0., shape=()),
    'num_features_nonzero': tf.placeholder(tf.int32)
}

model = MLP(placeholders, input_dim=num_features, logging=True)
