# tf.make_template (TF 1.15 ops/template.py): the first call enters variable_scope(unique_name_, name_) (uniquified:
# a second template named "net" gets net_1) and keeps it; later calls re-enter it with reuse=True; create_scope_now_
# makes the scope at construction; keyword arguments given to make_template are bound. tf.contrib.framework's
# arg_scope (contrib/framework/python/ops/arg_scope.py): an @add_arg_scope function called inside
# arg_scope([fn], **kw) gets kw unless the call gives them, nested scopes merge, and the scope ends with the block
# (pixel-cnn passes a fresh `counters` dict per model call this way).
# recorder: tf1-shims
import tensorflow.compat.v1 as tf
from tensorflow.contrib.framework.python.ops import add_arg_scope, arg_scope

tf.disable_v2_behavior()


@add_arg_scope
def dense(x, units, counters={}, scale=1.0):
    n = counters.get('dense', 0)
    counters['dense'] = n + 1
    with tf.variable_scope('dense_%d' % n):
        w = tf.get_variable('w', [int(x.shape[1]), units], initializer=tf.random_normal_initializer(0, 0.05 * scale))
        return tf.matmul(x, w)


def conv_like(x, units, **kwargs):
    return dense(x, units, **kwargs)


conv_like = add_arg_scope(conv_like)


def net(x, width=8, wide=False):
    counters = {}
    with arg_scope([dense], counters=counters, scale=2.0):
        h = dense(x, width)
        with arg_scope([conv_like], units=3):
            h = conv_like(h)
        h = dense(h, width * 2 if wide else width, scale=0.5)
    return h


x = tf.placeholder(tf.float32, [4, 5])
model = tf.make_template('net', net, wide=True)
a = model(x)
b = model(x)
other = tf.make_template('net', net, create_scope_now_=True)
c = other(x, width=4)
d = other(x, width=4)
e = tf.make_template('head', net, unique_name_='custom_head')(x)
outside = dense(x, 2, counters={})
