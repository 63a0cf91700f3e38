"""The MNIST VAE (hwalsuklee/tensorflow-mnist-VAE) as run_main.py builds it for the manifold plot
(`--dim_z 2 --PMLR True`): autoencoder, Adam, then vae.decoder on the latent placeholder (the decoder reused)."""
import tensorflow as tf

import vae

IMAGE_SIZE_MNIST = 28
n_hidden = 500
dim_img = IMAGE_SIZE_MNIST ** 2
dim_z = 2
learn_rate = 1e-3
PMLR = True

x_hat = tf.placeholder(tf.float32, shape=[None, dim_img], name='input_img')
x = tf.placeholder(tf.float32, shape=[None, dim_img], name='target_img')
keep_prob = tf.placeholder(tf.float32, name='keep_prob')
z_in = tf.placeholder(tf.float32, shape=[None, dim_z], name='latent_variable')

y, z, loss, neg_marginal_likelihood, KL_divergence = vae.autoencoder(x_hat, x, dim_img, dim_z, n_hidden, keep_prob)

train_op = tf.train.AdamOptimizer(learn_rate).minimize(loss)

if PMLR and dim_z == 2:
    decoded = vae.decoder(z_in, dim_img, n_hidden)
