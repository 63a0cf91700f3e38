# Port of TF legacy_tf_layers/core_test.py DenseTest.testActivation: Dense layers named dense1 and dense2 on (5, 3) inputs.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(2, activation=tf.nn.relu, name="dense1")
outputs = dense(tf.random_uniform((5, 3), seed=1))
dense = core_layers.Dense(2, name="dense2")
outputs = dense(tf.random_uniform((5, 3), seed=1))
