# Port of tensorflow/contrib/layers/python/layers/layers_test.py LayerNormTest.testCreateVariables: LayerNorm/beta and LayerNorm/gamma over the last axis.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 3, 3, 3), seed=1)
tf.contrib.layers.layer_norm(images)
