# tf.contrib.layers.bias_add and flatten (TF 1.15 contrib/layers/python/layers/layers.py): bias_add opens
# variable_scope(scope, 'BiasAdd', reuse=reuse) (unnamed calls uniquified BiasAdd, BiasAdd_1, ... whatever the name
# scope) and makes a `biases` model variable of the channel dim (the last; dim 1 for NCHW), zeros unless
# `initializer`, in variables_collections too; flatten is core_layers.flatten in name_scope(scope, 'Flatten'), so a
# fully_connected after it sees [batch, product of the rest]. Gradients reach both layers' variables: a loss over
# the first branch only gives Adam slots to its variables, not the second branch's.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf
from tensorflow.contrib import layers

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 5, 6, 3])
with tf.name_scope('attn'):
    a = layers.bias_add(x)
with tf.name_scope('attn'):
    b = layers.bias_add(a, activation_fn=tf.nn.relu)
c = layers.bias_add(b, data_format='NCHW', initializer=tf.ones_initializer(),
                    variables_collections=['my_biases'], scope='nchw')
f = layers.flatten(x)
h = layers.fully_connected(f, 4, scope='fc')
with tf.variable_scope('other'):
    d = layers.bias_add(tf.placeholder(tf.float32, [None, 7]), trainable=False)
    e = layers.fully_connected(layers.flatten(tf.placeholder(tf.float32, [None, 2, 2, 2])), 3)
loss = tf.reduce_sum(h) + tf.reduce_sum(c)
train = tf.train.AdamOptimizer(0.01).minimize(loss)
# NCHW takes 4-D inputs only (TF's ValueError, after the scope opened: nothing is made)
layers.bias_add(tf.placeholder(tf.float32, [2, 6]), data_format='NCHW', scope='bad')
