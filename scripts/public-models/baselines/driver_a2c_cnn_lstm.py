"""A2C on Atari with common/models.py's cnn_lstm network (Nature CNN, then a2c/utils.py's 128-unit LSTM over
batch_to_seq/seq_to_batch), as baselines/a2c/a2c.py's Model builds it (openai/baselines): step and train models
under `a2c_model` with AUTO_REUSE; build_policy calls the recurrent network once with nenv=1 and again with
nenv = nbatch // nsteps inside the 'pi' scope; then the heads, the A2C loss, clipped gradients and RMSProp as in
driver_a2c_cnn.py. common/models.py's and build_policy's lines are written out (baselines.common imports gym)."""
import numpy as np
import tensorflow as tf

from baselines.a2c import utils
from baselines.a2c.utils import conv, fc, conv_to_fc, batch_to_seq, seq_to_batch, find_trainable_variables

nenvs, nsteps, nact, nlstm = 16, 5, 6, 128
nbatch = nenvs * nsteps


def nature_cnn(unscaled_images):
    scaled_images = tf.cast(unscaled_images, tf.float32) / 255.
    activ = tf.nn.relu
    h = activ(conv(scaled_images, 'c1', nf=32, rf=8, stride=4, init_scale=np.sqrt(2)))
    h2 = activ(conv(h, 'c2', nf=64, rf=4, stride=2, init_scale=np.sqrt(2)))
    h3 = activ(conv(h2, 'c3', nf=64, rf=3, stride=1, init_scale=np.sqrt(2)))
    h3 = conv_to_fc(h3)
    return activ(fc(h3, 'fc1', nh=512, init_scale=np.sqrt(2)))


def network_fn(X, nenv=1):
    nbatch = X.shape[0]
    nsteps = nbatch // nenv
    h = nature_cnn(X)
    M = tf.placeholder(tf.float32, [nbatch])
    S = tf.placeholder(tf.float32, [nenv, 2 * nlstm])
    xs = batch_to_seq(h, nenv, nsteps)
    ms = batch_to_seq(M, nenv, nsteps)
    h5, snew = utils.lstm(xs, ms, S, scope='lstm', nh=nlstm)
    h = seq_to_batch(h5)
    return h, {'S': S, 'M': M, 'state': snew}


def policy(batch, steps):
    X = tf.placeholder(tf.uint8, (batch, 84, 84, 4), name='Ob')
    with tf.variable_scope('pi', reuse=tf.AUTO_REUSE):
        latent, recurrent = network_fn(X)
        latent, recurrent = network_fn(X, batch // steps)
    latent = tf.layers.flatten(latent)
    pi = fc(latent, 'pi', nact, init_scale=0.01)
    vf = fc(latent, 'vf', 1)[:, 0]
    return X, pi, vf


with tf.variable_scope('a2c_model', reuse=tf.AUTO_REUSE):
    step_model = policy(nenvs, 1)
    train_model = policy(nbatch, nsteps)

_, pi, vf = train_model
A = tf.placeholder(tf.int32, [nbatch])
ADV = tf.placeholder(tf.float32, [nbatch])
R = tf.placeholder(tf.float32, [nbatch])
LR = tf.placeholder(tf.float32, [])

neglogpac = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=pi, labels=A)
pg_loss = tf.reduce_mean(ADV * neglogpac)
entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.nn.softmax(pi), logits=pi))
vf_loss = tf.losses.mean_squared_error(tf.squeeze(vf), R)
loss = pg_loss - entropy * 0.01 + vf_loss * 0.5

params = find_trainable_variables("a2c_model")
grads = tf.gradients(loss, params)
grads, grad_norm = tf.clip_by_global_norm(grads, 0.5)
grads = list(zip(grads, params))
trainer = tf.train.RMSPropOptimizer(learning_rate=LR, decay=0.99, epsilon=1e-5)
_train = trainer.apply_gradients(grads)
