# Port of TF legacy_tf_layers/pooling_test.py PoolingTest.testInvalidStrides: strides of the wrong length raise ValueError (caught:
# marker variable); strides=None raises too (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import pooling as pooling_layers

images = tf.random_uniform((5, 7, 9, 3), seed=1)
try:
    pooling_layers.max_pooling2d(images, 3, strides=(1, 2, 3))
except ValueError:
    tf.Variable(0.0, name="caught_strides_length")
pooling_layers.max_pooling2d(images, 3, strides=None)
