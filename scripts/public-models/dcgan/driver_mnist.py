"""The MNIST DCGAN of tensorflow/tpu models/experimental/dcgan (mnist_model.py): the generator on
noise (noise_dim 64, dcgan_main.py's default) and the discriminator (AUTO_REUSE) on real and
generated 28x28 images, in training mode (no optimizer)."""
import tensorflow.compat.v1 as tf

import mnist_model

tf.disable_v2_behavior()  # graph mode, as resnet_main.py does under TF 2 (the Estimator builds graphs)

noise = tf.placeholder(tf.float32, [16, 64], name="noise")
images = tf.placeholder(tf.float32, [16, 28, 28, 1], name="images")

generated = mnist_model.generator(noise, is_training=True)
real_logits = mnist_model.discriminator(images, is_training=True)
fake_logits = mnist_model.discriminator(generated, is_training=True)
