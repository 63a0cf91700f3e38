# tf.contrib.layers.fully_connected checks num_outputs is an int before anything (TF 1.15 layers.py).
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [3, 4])
ok = tf.contrib.layers.fully_connected(x, 2)
bad = tf.contrib.layers.fully_connected(x, 2.0)
