"""A2C on Atari with the Nature CNN, as baselines/a2c/a2c.py's Model builds it (openai/baselines): a step model
(16 environments, one step) and a train model (16 x 5 steps) under `a2c_model` with AUTO_REUSE, each the policy of
common/policies.py's build_policy ('pi' scope around the network, a categorical head 'pi' with init_scale 0.01, a
value head 'vf'), the A2C loss, gradients clipped to 0.5 and RMSProp (decay 0.99, epsilon 1e-5). The variables come
from a2c/utils.py's conv and fc (orthogonal initializers); the few lines of common/models.py's nature_cnn and of
build_policy are written out here because baselines.common imports gym at import time."""
import numpy as np
import tensorflow as tf

from baselines.a2c.utils import conv, fc, conv_to_fc, find_trainable_variables

nenvs, nsteps, nact = 16, 5, 6
nbatch = nenvs * nsteps


def nature_cnn(unscaled_images):
    scaled_images = tf.cast(unscaled_images, tf.float32) / 255.
    activ = tf.nn.relu
    h = activ(conv(scaled_images, 'c1', nf=32, rf=8, stride=4, init_scale=np.sqrt(2)))
    h2 = activ(conv(h, 'c2', nf=64, rf=4, stride=2, init_scale=np.sqrt(2)))
    h3 = activ(conv(h2, 'c3', nf=64, rf=3, stride=1, init_scale=np.sqrt(2)))
    h3 = conv_to_fc(h3)
    return activ(fc(h3, 'fc1', nh=512, init_scale=np.sqrt(2)))


def policy(batch):
    X = tf.placeholder(tf.uint8, (batch, 84, 84, 4), name='Ob')
    with tf.variable_scope('pi', reuse=tf.AUTO_REUSE):
        latent = nature_cnn(X)
    latent = tf.layers.flatten(latent)
    pi = fc(latent, 'pi', nact, init_scale=0.01)
    vf = fc(latent, 'vf', 1)[:, 0]
    return X, pi, vf


with tf.variable_scope('a2c_model', reuse=tf.AUTO_REUSE):
    step_model = policy(nenvs)
    train_model = policy(nbatch)

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
