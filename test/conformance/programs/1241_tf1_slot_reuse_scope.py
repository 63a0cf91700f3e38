# TF 1.15 optimizer.py: a slot is made once per (slot name, variable) and optimizer object (_zeros_slot keeps them
# in self._slots), so a second apply_gradients of the same optimizer over a variable makes nothing, while another
# optimizer object makes its own; slot_creator.create_slot opens variable_scope(None, <var op name>/<slot>) under the
# variable scope current at apply time. grads_and_vars may hold lists (`[[g, v] ...]`), and
# tf.contrib.framework.get_global_step() finds a `tf.Variable(0, name='global_step')` by its tensor name
# (training_util.get_global_step: the GLOBAL_STEP collection, else 'global_step:0').
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

global_step = tf.Variable(0, name='global_step', trainable=False)
x = tf.placeholder(tf.float32, [None, 4])


def net(scope, reuse=False):
    with tf.variable_scope('shared', reuse=reuse):
        h = tf.contrib.layers.fully_connected(x, 3, scope='fc')
    with tf.variable_scope(scope):
        y = tf.contrib.layers.fully_connected(h, 1, activation_fn=None)
        loss = tf.reduce_sum(y)
        opt = tf.train.RMSPropOptimizer(0.1, 0.99, 0.0, 1e-6)
        gv = [[g, v] for g, v in opt.compute_gradients(loss) if g is not None]
        train = opt.apply_gradients(gv, global_step=tf.contrib.framework.get_global_step())
    return opt, gv, train


with tf.variable_scope('global'):
    p_opt, p_gv, _ = net('policy')
    v_opt, v_gv, _ = net('value', reuse=True)
# the same optimizer again (no new slots), and a new Adam over the same variables (its own)
again = p_opt.apply_gradients(p_gv)
with tf.variable_scope('late'):
    adam = tf.train.AdamOptimizer(0.01)
    adam.minimize(tf.reduce_sum(x) * 0 + sum(tf.reduce_sum(v) for _, v in v_gv))
    adam.minimize(sum(tf.reduce_sum(v) for _, v in v_gv))
