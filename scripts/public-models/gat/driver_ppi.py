"""GAT in the paper's inductive PPI setting, built the way execute_cora.py builds a model (PetarV-/GAT): two hidden
layers of 256 units with 4 heads each, 6 output heads, residual connections (conv1d projections where the widths
differ), elu, the masked sigmoid cross-entropy for 121 labels, PPI's sizes as literals (batch of 2 graphs, 3480 nodes
padded, 50 features), BaseGAttN.training's L2 decay and Adam (lr 0.005, no weight decay)."""
import tensorflow as tf

from models import GAT

batch_size = 2
lr = 0.005
l2_coef = 0.0
hid_units = [256, 256]
n_heads = [4, 4, 6]
residual = True
nonlinearity = tf.nn.elu
model = GAT

nb_nodes, ft_size, nb_classes = 3480, 50, 121

with tf.Graph().as_default():
    with tf.name_scope('input'):
        ftr_in = tf.placeholder(dtype=tf.float32, shape=(batch_size, nb_nodes, ft_size))
        bias_in = tf.placeholder(dtype=tf.float32, shape=(batch_size, nb_nodes, nb_nodes))
        lbl_in = tf.placeholder(dtype=tf.int32, shape=(batch_size, nb_nodes, nb_classes))
        msk_in = tf.placeholder(dtype=tf.int32, shape=(batch_size, nb_nodes))
        attn_drop = tf.placeholder(dtype=tf.float32, shape=())
        ffd_drop = tf.placeholder(dtype=tf.float32, shape=())
        is_train = tf.placeholder(dtype=tf.bool, shape=())

    logits = model.inference(ftr_in, nb_classes, nb_nodes, is_train,
                             attn_drop, ffd_drop,
                             bias_mat=bias_in,
                             hid_units=hid_units, n_heads=n_heads,
                             residual=residual, activation=nonlinearity)
    log_resh = tf.reshape(logits, [-1, nb_classes])
    lab_resh = tf.reshape(lbl_in, [-1, nb_classes])
    msk_resh = tf.reshape(msk_in, [-1])
    loss = model.masked_sigmoid_cross_entropy(log_resh, lab_resh, msk_resh)

    train_op = model.training(loss, lr, l2_coef)

    saver = tf.train.Saver()
