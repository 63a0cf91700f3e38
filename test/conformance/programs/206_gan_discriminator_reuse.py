# Classic GAN wiring: the discriminator is called on real and fake data, sharing through reuse.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

Z_DIM, X_DIM, H = 16, 32, 64


def generator(z):
    with tf.variable_scope("generator"):
        w1 = tf.get_variable("w1", [Z_DIM, H], initializer=tf.random_normal_initializer(stddev=0.02))
        b1 = tf.get_variable("b1", [H], initializer=tf.zeros_initializer())
        w2 = tf.get_variable("w2", [H, X_DIM], initializer=tf.random_normal_initializer(stddev=0.02))
        return tf.nn.tanh(tf.matmul(tf.nn.relu(tf.matmul(z, w1) + b1), w2))


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w1 = tf.get_variable("w1", [X_DIM, H], initializer=tf.random_normal_initializer(stddev=0.02))
        w2 = tf.get_variable("w2", [H, 1], initializer=tf.random_normal_initializer(stddev=0.02))
        return tf.matmul(tf.nn.leaky_relu(tf.matmul(x, w1)), w2)


z = tf.placeholder(tf.float32, [None, Z_DIM])
real = tf.placeholder(tf.float32, [None, X_DIM])
fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake, reuse=True)
d_vars = [v for v in tf.trainable_variables() if v.name.startswith("discriminator")]
