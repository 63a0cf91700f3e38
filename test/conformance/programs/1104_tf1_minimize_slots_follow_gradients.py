# TF1 minimize creates slots only for the variables the loss has gradients to (optimizer.py minimize keeps the
# (gradient, variable) pairs whose gradient is not None): a layer whose output the loss never reads, a branch
# behind stop_gradient and a variable read only through argmax get none; a layer shared under AUTO_REUSE gets
# one pair of slots; Momentum given var_list takes exactly those.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core

x = tf.placeholder(tf.float32, [None, 4])
side = core.dense(x, 3, name="side")
frozen = core.dense(x, 2, name="frozen")
h = core.dense(x, 2, name="body")
h = h + tf.stop_gradient(frozen)
with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
    a = core.dense(h, 2, name="proj")
    b = core.dense(h, 2, name="proj")
count = tf.get_variable("count", [2])
n = tf.cast(tf.argmax(count), tf.float32)
w = tf.get_variable("w", [2, 1])
loss = tf.reduce_mean(tf.matmul(a + b, w)[:, 0]) * n
train = tf.train.AdamOptimizer(0.01).minimize(loss)
other = tf.train.MomentumOptimizer(0.1, 0.9).minimize(tf.reduce_sum(side) + tf.reduce_sum(w), var_list=[w])
