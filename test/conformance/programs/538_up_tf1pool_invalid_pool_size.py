# Port of TF legacy_tf_layers/pooling_test.py PoolingTest.testInvalidPoolSize: a pool_size of the wrong length raises ValueError (caught:
# marker variable); pool_size=None raises too (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import pooling as pooling_layers

images = tf.random_uniform((5, 7, 9, 3), seed=1)
try:
    pooling_layers.max_pooling2d(images, (1, 2, 3), strides=2)
except ValueError:
    tf.Variable(0.0, name="caught_pool_size_length")
pooling_layers.max_pooling2d(images, None, strides=2)
