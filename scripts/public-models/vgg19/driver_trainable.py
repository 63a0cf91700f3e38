"""VGG19 (trainable) built as test_vgg19_trainable.py builds it (machrisaa/tensorflow-vgg), without the released
vgg19.npy (Vgg19() with no path: every weight a tf.Variable of a truncated-normal tensor, as the class does when the
file is absent): the placeholders for one 224x224 image, build() with a train_mode placeholder (dropout under
tf.cond), then the script's squared-error cost and one GradientDescent minimize."""
import tensorflow as tf

import vgg19_trainable as vgg19

with tf.device('/cpu:0'):
    sess = tf.Session()

    images = tf.placeholder(tf.float32, [1, 224, 224, 3])
    true_out = tf.placeholder(tf.float32, [1, 1000])
    train_mode = tf.placeholder(tf.bool)

    vgg = vgg19.Vgg19()
    vgg.build(images, train_mode)

    # print number of variables used: 143667240 variables, i.e. ideal size = 548MB
    print(vgg.get_var_count())

    # simple 1-step training
    cost = tf.reduce_sum((vgg.prob - true_out) ** 2)
    train = tf.train.GradientDescentOptimizer(0.0001).minimize(cost)
