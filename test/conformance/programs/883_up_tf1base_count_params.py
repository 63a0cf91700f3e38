# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.test_count_params: Dense(16).build((None, 4)) creates dense/kernel
# (4, 16) and dense/bias; count_params on an unbuilt layer raises ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(16)
dense.build((None, 4))
dense = core_layers.Dense(16)
dense.count_params()
