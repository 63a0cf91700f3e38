"""GCN with Chebyshev polynomial supports on Citeseer, as gcn/train.py builds it with --model gcn_cheby
--dataset citeseer (tkipf/gcn): 1 + max_degree (3) support placeholders, Citeseer's sizes as literals
(3327 nodes, 3703 sparse features, 6 classes), models.GCN (each GraphConvolution gets one weight per support)."""
import tensorflow as tf

from gcn.models import GCN

seed = 123
tf.set_random_seed(seed)

flags = tf.app.flags
FLAGS = flags.FLAGS
flags.DEFINE_string('dataset', 'citeseer', 'Dataset string.')
flags.DEFINE_string('model', 'gcn_cheby', 'Model string.')
flags.DEFINE_float('learning_rate', 0.01, 'Initial learning rate.')
flags.DEFINE_integer('epochs', 200, 'Number of epochs to train.')
flags.DEFINE_integer('hidden1', 16, 'Number of units in hidden layer 1.')
flags.DEFINE_float('dropout', 0.5, 'Dropout rate (1 - keep probability).')
flags.DEFINE_float('weight_decay', 5e-4, 'Weight for L2 loss on embedding matrix.')
flags.DEFINE_integer('early_stopping', 10, 'Tolerance for early stopping (# of epochs).')
flags.DEFINE_integer('max_degree', 3, 'Maximum Chebyshev polynomial degree.')

num_nodes, num_features, num_classes = 3327, 3703, 6
num_supports = 1 + FLAGS.max_degree
placeholders = {
    'support': [tf.sparse_placeholder(tf.float32) for _ in range(num_supports)],
    'features': tf.sparse_placeholder(tf.float32, shape=tf.constant((num_nodes, num_features), dtype=tf.int64)),
    'labels': tf.placeholder(tf.float32, shape=(None, num_classes)),
    'labels_mask': tf.placeholder(tf.int32),
    'dropout': tf.placeholder_with_default(0., shape=()),
    'num_features_nonzero': tf.placeholder(tf.int32)
}

model = GCN(placeholders, input_dim=num_features, logging=True)
