# Keras 3 life: a small GAN: generator and discriminator Sequentials, each with its own Adam, stepped by hand with
# tf.GradientTape (the discriminator first), as in the DCGAN tutorial.
import tensorflow as tf
import keras
from keras import layers

latent = 4
generator = keras.Sequential([keras.Input(shape=(latent,)), layers.Dense(8, activation="relu"), layers.Dense(6)], name="generator")
discriminator = keras.Sequential([keras.Input(shape=(6,)), layers.Dense(8, activation="relu"), layers.Dense(1)], name="discriminator")
g_opt = keras.optimizers.Adam(2e-4, beta_1=0.5)
d_opt = keras.optimizers.Adam(2e-4, beta_1=0.5)
bce = keras.losses.BinaryCrossentropy(from_logits=True)

real = tf.zeros((3, 6))
noise = tf.zeros((3, latent))
with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
    fake = generator(noise, training=True)
    real_out = discriminator(real, training=True)
    fake_out = discriminator(fake, training=True)
    g_loss = bce(tf.ones_like(fake_out), fake_out)
    d_loss = bce(tf.ones_like(real_out), real_out) + bce(tf.zeros_like(fake_out), fake_out)
d_opt.apply_gradients(zip(d_tape.gradient(d_loss, discriminator.trainable_variables), discriminator.trainable_variables))
g_opt.apply_gradients(zip(g_tape.gradient(g_loss, generator.trainable_variables), generator.trainable_variables))
