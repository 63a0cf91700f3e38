# tf.contrib.legacy_seq2seq (TF 1.15 contrib/legacy_seq2seq/python/ops/seq2seq.py): rnn_decoder runs each input
# through the cell in variable_scope(scope or "rnn_decoder"), reusing it after the first step (a scope already
# holding variables is re-entered by name); a loop_function feeds each step after the first from the previous
# output in variable_scope("loop_function", reuse=True). sequence_loss_by_example's gradient reaches the logits and
# the weights only: a decoder the loss does not reach gets no Adam slots.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf
from tensorflow.contrib import legacy_seq2seq, rnn

tf.disable_v2_behavior()

cell = rnn.MultiRNNCell([rnn.LSTMCell(8), rnn.GRUCell(6)], state_is_tuple=True)
x = tf.placeholder(tf.int32, [3, 5])
state = cell.zero_state(3, tf.float32)
with tf.variable_scope('lm'):
    w = tf.get_variable('w', [6, 10])
emb = tf.get_variable('emb', [10, 4])
inputs = [tf.squeeze(t, [1]) for t in tf.split(tf.nn.embedding_lookup(emb, x), 5, 1)]


def loop(prev, _):
    return tf.nn.embedding_lookup(emb, tf.stop_gradient(tf.argmax(tf.matmul(prev, w), 1)))


outs, last = legacy_seq2seq.rnn_decoder(inputs, state, cell, loop_function=loop, scope='lm')
logits = tf.matmul(tf.reshape(tf.concat(outs, 1), [-1, 6]), w)

cell2 = rnn.BasicRNNCell(3)
o2, s2 = legacy_seq2seq.rnn_decoder(inputs, cell2.zero_state(3, tf.float32), cell2)
proj = tf.get_variable('proj', [o2[0].shape[1], len(o2)])

loss = legacy_seq2seq.sequence_loss_by_example([logits], [tf.reshape(x, [-1])], [tf.ones([15])])
cost = legacy_seq2seq.sequence_loss([logits], [tf.reshape(x, [-1])], [tf.ones([15])])
opt = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(loss) + cost)
