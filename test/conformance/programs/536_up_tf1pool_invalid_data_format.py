# Port of TF legacy_tf_layers/pooling_test.py PoolingTest.testInvalidDataFormat: max_pooling2d with data_format="invalid" raises
# ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import pooling as pooling_layers

images = tf.random_uniform((5, 7, 9, 3), seed=1)
pooling_layers.max_pooling2d(images, 3, strides=2, data_format="invalid")
