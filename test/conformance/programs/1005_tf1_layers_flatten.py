# TF1's core_layers.flatten / core_layers.Flatten: [batch, product of the other dims] (None when one is unknown), also with
# channels_first; the heads after it read the flat size as baselines' fc does (`x.get_shape()[1].value`). TF 2.21
# keeps TF1's layers in tensorflow.python.layers.core (tf.compat.v1.layers raises under Keras 3).
import tensorflow.compat.v1 as tf
from tensorflow.python.layers import core as core_layers

tf.disable_v2_behavior()


def fc(x, scope, nh):
    with tf.variable_scope(scope):
        nin = x.get_shape()[1].value
        w = tf.get_variable("w", [nin, nh])
        b = tf.get_variable("b", [nh], initializer=tf.constant_initializer(0.0))
        return tf.matmul(x, w) + b


images = tf.placeholder(tf.float32, [8, 7, 7, 64])
flat = core_layers.flatten(images)
h = fc(flat, 'fc1', 32)
latent = core_layers.flatten(h)
fc(latent, 'pi', 6)
fc(core_layers.flatten(tf.placeholder(tf.float32, [8, 3, 5, 2]), data_format='channels_first'), 'cf', 4)
fc(core_layers.Flatten(name='flat_layer')(tf.placeholder(tf.float32, [None, 2, 9])), 'cls', 3)
seq = core_layers.flatten(tf.placeholder(tf.float32, [4, None, 3]))
tf.get_variable('rank', [len(seq.get_shape().as_list())])
