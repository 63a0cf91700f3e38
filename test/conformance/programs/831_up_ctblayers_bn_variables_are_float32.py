# Port of tensorflow/contrib/layers/python/layers/layers_test.py BatchNormTest.testVariablesAreFloat32: a float16 input still makes float32 parameters and
# moving statistics.
# recorder: tf1-shims
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.random_uniform((5, 3, 3, 3), seed=1, dtype=tf.float16)
tf.contrib.layers.batch_norm(images, scale=True)
