# `from tensorflow.contrib import layers` as TF1 model code writes it (TF 1.15 contrib.layers), with
# `import tensorflow as tf` in TF1 graph mode.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf
from tensorflow.contrib import layers as contrib_layers

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 5, 32])
with tf.variable_scope("bert"):
    with tf.variable_scope("embeddings"):
        x = contrib_layers.layer_norm(inputs=x, begin_norm_axis=-1, begin_params_axis=-1, scope="LayerNorm")
    y = contrib_layers.fully_connected(x, 64, activation_fn=None, scope="dense")
