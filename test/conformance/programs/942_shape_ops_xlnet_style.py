# Static shapes TF's shape functions find through the ops of a relative-attention transformer (XLNet-style):
# tf.slice with constant sizes (-1: the input's dim minus begin) and with a size from tf.shape; a negated shape
# scalar and float bounds in tf.range; tf.eye of a shape scalar; sin/cos; the TF1 Dropout layer keeps the shape.
import tensorflow.compat.v1 as tf
from tensorflow.python.layers import core as core_layers

tf.disable_v2_behavior()


def probe(name, t):
    # a variable sized by each dim of `t` (0 for a dim TF does not know), or [99] for an unknown rank
    dims = t.shape.as_list() if t.shape.ndims is not None else [99]
    return tf.get_variable(name, [d if d is not None else 0 for d in dims], initializer=tf.zeros_initializer())


x = tf.placeholder(tf.float32, [6, 10, 3, 4])
free = tf.placeholder(tf.float32, [None, 5, 7])
probe('slice_const', tf.slice(x, [1, 2, 0, 0], [-1, 5, -1, 2]))
probe('slice_shape_size', tf.slice(x, [0, 0, 0, 0], [-1, tf.shape(x)[0], -1, -1]))
probe('slice_unknown_dim', tf.slice(free, [1, 0, 0], [-1, 2, -1]))
probe('slice_dynamic_size', tf.slice(free, [0, 0, 0], [tf.shape(free)[0], -1, 3]))

n = tf.shape(x)[1]
klen = 0 + n
probe('range_float', tf.range(0, 12, 2.0))
probe('range_neg', tf.range(klen, -n, -1.0))
probe('eye', tf.eye(n))
probe('eye_rect', tf.eye(n, 4, batch_shape=[2]))
probe('eye_free', tf.eye(tf.shape(free)[0]))

inv_freq = 1 / (10000 ** (tf.range(0, 8, 2.0) / 8))
sinusoid = tf.einsum('i,d->id', tf.range(klen, -n, -1.0), inv_freq)
pos = tf.concat([tf.sin(sinusoid), tf.cos(sinusoid)], -1)[:, None, :]
probe('pos_emb', tf.tile(pos, [1, tf.shape(x)[0], 1]))

probe('dropout', core_layers.dropout(x, 0.1, training=True))
probe('dropout_layer', core_layers.Dropout(rate=0.5)(free, training=True))
