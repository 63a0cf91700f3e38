"""DC-TTS Text2Mel training, as train.py's `Graph(num=1)` builds it (Kyubyong/dc_tts) with the queue-fed batch of
data_load.get_batch() as placeholders of its shapes (texts (B, N) int32, mels (B, T/r, n_mels)): the four networks
under Text2Mel, the global step under `gs`, the three losses, utils.learning_rate_decay's noam schedule, Adam and
apply_gradients on gradients clipped to [-1, 1], as Graph.__init__ does."""
import tensorflow as tf

from hyperparams import Hyperparams as hp
from networks import TextEnc, AudioEnc, AudioDec, Attention
from utils import guided_attention, learning_rate_decay

L = tf.placeholder(tf.int32, shape=(hp.B, None))
mels = tf.placeholder(tf.float32, shape=(hp.B, None, hp.n_mels))
prev_max_attentions = tf.ones(shape=(hp.B,), dtype=tf.int32)
gts = tf.convert_to_tensor(guided_attention())

with tf.variable_scope("Text2Mel"):
    S = tf.concat((tf.zeros_like(mels[:, :1, :]), mels[:, :-1, :]), 1)
    with tf.variable_scope("TextEnc"):
        K, V = TextEnc(L, training=True)
    with tf.variable_scope("AudioEnc"):
        Q = AudioEnc(S, training=True)
    with tf.variable_scope("Attention"):
        R, alignments, max_attentions = Attention(Q, K, V, mononotic_attention=False,
                                                  prev_max_attentions=prev_max_attentions)
    with tf.variable_scope("AudioDec"):
        Y_logits, Y = AudioDec(R, training=True)

with tf.variable_scope("gs"):
    global_step = tf.Variable(0, name='global_step', trainable=False)

loss_mels = tf.reduce_mean(tf.abs(Y - mels))
loss_bd1 = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=Y_logits, labels=mels))
A = tf.pad(alignments, [(0, 0), (0, hp.max_N), (0, hp.max_T)], mode="CONSTANT", constant_values=-1.)[:, :hp.max_N, :hp.max_T]
attention_masks = tf.to_float(tf.not_equal(A, -1))
loss_att = tf.reduce_sum(tf.abs(A * gts) * attention_masks) / tf.reduce_sum(attention_masks)
loss = loss_mels + loss_bd1 + loss_att

lr = learning_rate_decay(hp.lr, global_step)
optimizer = tf.train.AdamOptimizer(learning_rate=lr)
gvs = optimizer.compute_gradients(loss)
clipped = []
for grad, var in gvs:
    grad = tf.clip_by_value(grad, -1., 1.)
    clipped.append((grad, var))
train_op = optimizer.apply_gradients(clipped, global_step=global_step)
