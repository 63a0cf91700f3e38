"""The CIFAR-10 DCGAN of tensorflow/tpu models/experimental/dcgan (cifar_model.py) trained as a
plain TF1 script would: the generator on noise (noise_dim 64, dcgan_main.py's default), the
discriminator (AUTO_REUSE) on real images and on the generator's output, the minimax losses, and
one Adam optimizer per network (learning rate 0.0002, beta1 0.5, as dcgan_main.py) over each
network's variables. (dcgan_main.py wires the same functions through TFGAN's estimator; this
driver does not use TFGAN.)"""
import tensorflow.compat.v1 as tf

import cifar_model as model

tf.disable_v2_behavior()  # graph mode, as resnet_main.py does under TF 2 (the Estimator builds graphs)

batch_size = 64
noise_dim = 64

noise = tf.random_normal([batch_size, noise_dim])
real_images = tf.placeholder(tf.float32, [batch_size, 32, 32, 3], name="real_images")

fake_images = model.generator(noise, is_training=True)
real_logits = model.discriminator(real_images, is_training=True)
fake_logits = model.discriminator(fake_images, is_training=True)

d_loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(
    labels=tf.ones_like(real_logits), logits=real_logits)) + tf.reduce_mean(
        tf.nn.sigmoid_cross_entropy_with_logits(
            labels=tf.zeros_like(fake_logits), logits=fake_logits))
g_loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(
    labels=tf.ones_like(fake_logits), logits=fake_logits))

d_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="Discriminator")
g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="Generator")

with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
  d_train = tf.train.AdamOptimizer(0.0002, 0.5).minimize(d_loss, var_list=d_vars)
  g_train = tf.train.AdamOptimizer(0.0002, 0.5).minimize(g_loss, var_list=g_vars)
