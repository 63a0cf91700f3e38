# The GPT-style model of our own sampled in a tf.while_loop: the model is built once before the loop and again in
# its body, sharing variables through variable_scope(reuse=tf.AUTO_REUSE); the cache of keys/values ("past") is
# unstacked per layer inside the body, its shape fixed by set_shape and shape_invariants.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

N_VOCAB, N_CTX, N_EMBD, N_HEAD, N_LAYER = 29, 8, 8, 2, 3


def shape_list(x):
    static = x.shape.as_list()
    dynamic = tf.shape(x)
    return [dynamic[i] if s is None else s for i, s in enumerate(static)]


def proj(x, scope, nf):
    with tf.variable_scope(scope):
        *start, nx = shape_list(x)
        w = tf.get_variable('w', [1, nx, nf], initializer=tf.random_normal_initializer(stddev=0.02))
        b = tf.get_variable('b', [nf], initializer=tf.constant_initializer(0))
        return tf.reshape(tf.matmul(tf.reshape(x, [-1, nx]), tf.reshape(w, [-1, nf])) + b, start + [nf])


def heads(x):
    *start, m = shape_list(x)
    return tf.transpose(tf.reshape(x, start + [N_HEAD, m // N_HEAD]), [0, 2, 1, 3])


def layer(x, past):
    nx = x.shape[-1].value
    c = proj(x, 'c_attn', nx * 3)
    q, k, v = map(heads, tf.split(c, 3, axis=2))
    present = tf.stack([k, v], axis=1)
    if past is not None:
        pk, pv = tf.unstack(past, axis=1)
        k = tf.concat([pk, k], axis=-2)
        v = tf.concat([pv, v], axis=-2)
    a = tf.matmul(tf.nn.softmax(tf.matmul(q, k, transpose_b=True)), v)
    *start, h, s, d = shape_list(a)
    a = tf.reshape(tf.transpose(a, [0, 2, 1, 3]), [start[0], s, h * d])
    return x + proj(a, 'c_proj', nx), present


def lm(tokens, past=None):
    with tf.variable_scope('lm', reuse=tf.AUTO_REUSE):
        wte = tf.get_variable('wte', [N_VOCAB, N_EMBD], initializer=tf.random_normal_initializer(stddev=0.02))
        h = tf.gather(wte, tokens)
        pasts = tf.unstack(past, axis=1) if past is not None else [None] * N_LAYER
        presents = []
        for i, p in enumerate(pasts):
            with tf.variable_scope('h%d' % i):
                h, present = layer(h, p)
                presents.append(present)
        logits = tf.matmul(tf.reshape(h, [-1, N_EMBD]), wte, transpose_b=True)
        return tf.reshape(logits, shape_list(h)[:-1] + [N_VOCAB]), tf.stack(presents, axis=1)


def past_shape(batch):
    return [batch, N_LAYER, 2, N_HEAD, None, N_EMBD // N_HEAD]


batch = 3
context = tf.placeholder(tf.int32, [batch, None])


def step(tokens, past=None):
    logits, presents = lm(tokens, past)
    presents.set_shape(past_shape(batch))
    return logits[:, -1, :], presents


def body(past, prev, output):
    logits, presents = step(prev, past)
    samples = tf.cast(tf.argmax(logits, axis=-1), tf.int32)[:, tf.newaxis]
    return [tf.concat([past, presents], axis=-2), samples, tf.concat([output, samples], axis=1)]


with tf.name_scope('sample'):
    logits0, past0 = step(context)
    first = tf.cast(tf.argmax(logits0, axis=-1), tf.int32)[:, tf.newaxis]
    _, _, out = tf.while_loop(
        cond=lambda *args: True, body=body, maximum_iterations=4,
        loop_vars=[past0, first, tf.concat([context, first], axis=1)],
        shape_invariants=[tf.TensorShape(past_shape(batch)), tf.TensorShape([batch, None]), tf.TensorShape([batch, None])])

with tf.variable_scope('after'):
    tf.get_variable('out_shape', [out.shape[0].value, past0.shape[1].value], initializer=tf.zeros_initializer())
