# Encoder and decoder share one embedding table through AUTO_REUSE on a common scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

VOCAB, DIM = 500, 24


def embed(ids):
    with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
        table = tf.get_variable("embedding", [VOCAB, DIM],
                                initializer=tf.random_uniform_initializer(-0.1, 0.1))
    return tf.nn.embedding_lookup(table, ids)


src = tf.placeholder(tf.int32, [None, 10])
tgt = tf.placeholder(tf.int32, [None, 12])
with tf.variable_scope("encoder"):
    enc = embed(src)
    enc_w = tf.get_variable("proj", [DIM, DIM])
with tf.variable_scope("decoder"):
    dec = embed(tgt)
    out_w = tf.get_variable("softmax_w", [DIM, VOCAB])
    out_b = tf.get_variable("softmax_b", [VOCAB], initializer=tf.zeros_initializer())
