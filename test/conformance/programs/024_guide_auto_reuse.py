# Sharing guide: AUTO_REUSE on a scope lets the same builder run twice.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def embed(ids, vocab, dim):
    with tf.variable_scope("embedding", reuse=tf.AUTO_REUSE):
        table = tf.get_variable("table", [vocab, dim],
                                initializer=tf.random_uniform_initializer(-0.1, 0.1))
    return tf.nn.embedding_lookup(table, ids)


q = embed(tf.constant([1, 2]), 100, 16)
d = embed(tf.constant([3, 4]), 100, 16)
with tf.variable_scope("head", reuse=tf.AUTO_REUSE):
    for step in range(3):
        w = tf.get_variable("w", [16, 4])
        bias = tf.get_variable("b_%d" % (step % 2), [4], initializer=tf.zeros_initializer())
