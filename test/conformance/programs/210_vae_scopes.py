# A VAE: encoder/decoder scopes built from one helper, latent heads side by side.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def fc(name, n_in, n_out):
    with tf.variable_scope(name):
        return (tf.get_variable("W", [n_in, n_out], initializer=tf.glorot_normal_initializer()),
                tf.get_variable("b", [n_out], initializer=tf.constant_initializer(0.01)))


LATENT = 8
with tf.variable_scope("encoder"):
    fc("h", 784, 128)
    fc("mu", 128, LATENT)
    fc("logvar", 128, LATENT)
with tf.variable_scope("decoder"):
    fc("h", LATENT, 128)
    fc("out", 128, 784)
