# The tf.nn losses' shapes and which variables their gradients reach (TF1 optimizer.minimize / compute_gradients
# give slots only to variables with a gradient): softmax_cross_entropy_with_logits (TF 1.x stops the gradient into
# its labels; _v2 does not), sparse_softmax (integer labels), sigmoid and weighted cross-entropy, l2_loss; an
# integer trainable variable (a tf.Variable(0) step counter) never gets a gradient.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [8, None, 6])
w = tf.get_variable('w', [6, 5])
unused = tf.get_variable('unused', [6, 5])
lab_w = tf.get_variable('lab_w', [6, 5])
logits = tf.einsum('btc,cd->btd', x, w)
labels = tf.nn.softmax(tf.einsum('btc,cd->btd', x, lab_w))
ce = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=labels)
tf.get_variable('ce_shape', [len(ce.shape.as_list()), 3])
step = tf.Variable(0, name='step')
tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(ce), var_list=tf.trainable_variables())

with tf.variable_scope('v2'):
    w2 = tf.get_variable('w', [6, 5])
    lab2 = tf.get_variable('lab', [6, 5])
    l2 = tf.nn.softmax_cross_entropy_with_logits_v2(logits=tf.einsum('btc,cd->btd', x, w2), labels=tf.einsum('btc,cd->btd', x, lab2))
    tf.train.MomentumOptimizer(0.1, 0.9).minimize(tf.reduce_sum(l2), var_list=[w2, lab2])

with tf.variable_scope('others'):
    ws = tf.get_variable('sparse', [6, 5])
    wg = tf.get_variable('sig', [6, 1])
    wl = tf.get_variable('l2', [3])
    wn = tf.get_variable('none', [3])
    flat = tf.reshape(x, [-1, 6])
    sp = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.placeholder(tf.int32, [None]), logits=tf.matmul(flat, ws))
    sg = tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.zeros_like(tf.matmul(flat, wg)), logits=tf.matmul(flat, wg))
    loss = tf.reduce_mean(sp) + tf.reduce_mean(sg) + 0.01 * tf.nn.l2_loss(wl)
    opt = tf.train.RMSPropOptimizer(0.01)
    gvs = opt.compute_gradients(loss, var_list=[ws, wg, wl, wn])
    opt.apply_gradients([(g, v) for g, v in gvs if g is not None])
    tf.get_variable('sp_shape', [len(sp.shape.as_list()) + 1, len(sg.shape.as_list())])
