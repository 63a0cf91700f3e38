# tf.contrib.layers.fully_connected with normalizer_fn=batch_norm (TF 1.15 layers.py): no biases, the normalizer
# runs inside the layer's scope (fully_connected/BatchNorm/...); a rank-2 input takes _fused_batch_norm
# (beta, gamma, moving_mean, moving_variance as model variables, the moving statistics not trainable).
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [4, 6])
h = tf.contrib.layers.fully_connected(x, 5, normalizer_fn=tf.contrib.layers.batch_norm)
g = tf.contrib.layers.fully_connected(h, 3, normalizer_fn=tf.contrib.layers.batch_norm,
                                      normalizer_params={"scale": True}, scope="fc2")
