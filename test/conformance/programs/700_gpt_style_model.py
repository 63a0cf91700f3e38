# A small GPT-style decoder of our own, built the way TF1 transformer code builds it: shapes read back from the
# tensors flowing in (shape_list, x.shape[-1].value), 1x1 "conv1d" as matmul on reshaped inputs, heads split with
# reshape + transpose, layers in a loop of variable scopes.
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


class Config(object):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def shape_list(x):
    static = x.shape.as_list()
    dynamic = tf.shape(x)
    return [dynamic[i] if s is None else s for i, s in enumerate(static)]


def layer_norm(x, scope, axis=-1, eps=1e-5):
    with tf.variable_scope(scope):
        n = x.shape[-1].value
        g = tf.get_variable('gamma', [n], initializer=tf.constant_initializer(1.0))
        b = tf.get_variable('beta', [n], initializer=tf.constant_initializer(0.0))
        mu = tf.reduce_mean(x, axis=axis, keepdims=True)
        var = tf.reduce_mean(tf.square(x - mu), axis=axis, keepdims=True)
        return (x - mu) * tf.rsqrt(var + eps) * g + b


def dense1x1(x, scope, nf, stddev=0.02):
    with tf.variable_scope(scope):
        *lead, nx = shape_list(x)
        w = tf.get_variable('kernel', [1, nx, nf], initializer=tf.random_normal_initializer(stddev=stddev))
        b = tf.get_variable('bias', [nf], initializer=tf.zeros_initializer())
        y = tf.matmul(tf.reshape(x, [-1, nx]), tf.reshape(w, [-1, nf])) + b
        return tf.reshape(y, lead + [nf])


def split_heads(x, n_head):
    *lead, m = shape_list(x)
    return tf.transpose(tf.reshape(x, lead + [n_head, m // n_head]), [0, 2, 1, 3])


def merge_heads(x):
    *lead, a, b = shape_list(tf.transpose(x, [0, 2, 1, 3]))
    return tf.reshape(tf.transpose(x, [0, 2, 1, 3]), lead + [a * b])


def attention(x, scope, n_state, cfg):
    with tf.variable_scope(scope):
        qkv = dense1x1(x, 'qkv', n_state * 3)
        q, k, v = map(lambda t: split_heads(t, cfg.n_head), tf.split(qkv, 3, axis=2))
        w = tf.matmul(q, k, transpose_b=True) * tf.rsqrt(tf.cast(v.shape[-1].value, tf.float32))
        w = tf.nn.softmax(w, axis=-1)
        a = merge_heads(tf.matmul(w, v))
        return dense1x1(a, 'out', n_state), tf.stack([k, v], axis=1)


def block(x, scope, cfg):
    with tf.variable_scope(scope):
        nx = x.shape[-1].value
        a, present = attention(layer_norm(x, 'ln_a'), 'attn', nx, cfg)
        x = x + a
        h = tf.nn.relu(dense1x1(layer_norm(x, 'ln_m'), 'fc', nx * 4))
        x = x + dense1x1(h, 'proj', nx)
        return x, present


def model(cfg, tokens, scope='lm'):
    with tf.variable_scope(scope, reuse=tf.AUTO_REUSE):
        batch, seq = shape_list(tokens)
        pos_emb = tf.get_variable('pos_emb', [cfg.n_ctx, cfg.n_embd], initializer=tf.random_normal_initializer(stddev=0.01))
        tok_emb = tf.get_variable('tok_emb', [cfg.n_vocab, cfg.n_embd], initializer=tf.random_normal_initializer(stddev=0.02))
        positions = tf.tile(tf.expand_dims(tf.range(seq), 0), [batch, 1])
        h = tf.gather(tok_emb, tokens) + tf.nn.embedding_lookup(pos_emb, positions)
        presents = []
        for i in range(cfg.n_layer):
            h, present = block(h, 'layer%d' % i, cfg)
            presents.append(present)
        h = layer_norm(h, 'ln_out')
        flat = tf.reshape(h, [batch * seq, cfg.n_embd])
        logits = tf.reshape(tf.matmul(flat, tok_emb, transpose_b=True), [batch, seq, cfg.n_vocab])
        head = tf.get_variable('head_bias', [logits.shape[-1].value], initializer=tf.zeros_initializer())
        return logits + head, tf.stack(presents, axis=1)


cfg = Config(n_vocab=37, n_ctx=16, n_embd=12, n_head=3, n_layer=2)
tokens = tf.placeholder(tf.int32, [2, None])
logits, presents = model(cfg, tokens)
summary = tf.get_variable('presents_shape', [presents.shape.ndims] + presents.shape.as_list()[1:4] + [presents.shape[-1].value],
                          initializer=tf.zeros_initializer())
