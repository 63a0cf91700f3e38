"""The MNIST VAE (hwalsuklee/tensorflow-mnist-VAE) as run_main.py's main() builds its graph with the defaults
(`--dim_z 20`, 500 hidden units, Adam 1e-3): the input placeholders, vae.autoencoder (Gaussian MLP encoder,
Bernoulli MLP decoder) and Adam's minimize."""
import tensorflow as tf

import vae

IMAGE_SIZE_MNIST = 28
n_hidden = 500
dim_img = IMAGE_SIZE_MNIST ** 2
dim_z = 20
learn_rate = 1e-3

x_hat = tf.placeholder(tf.float32, shape=[None, dim_img], name='input_img')
x = tf.placeholder(tf.float32, shape=[None, dim_img], name='target_img')
keep_prob = tf.placeholder(tf.float32, name='keep_prob')
z_in = tf.placeholder(tf.float32, shape=[None, dim_z], name='latent_variable')

y, z, loss, neg_marginal_likelihood, KL_divergence = vae.autoencoder(x_hat, x, dim_img, dim_z, n_hidden, keep_prob)

train_op = tf.train.AdamOptimizer(learn_rate).minimize(loss)
