# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testInt64Layer (eager): a TF1 base layer made with dtype int64
# creates add_variable's variable in its own scope with that dtype.
import tensorflow as tf
from tensorflow.python.layers import base as base_layers

layer = base_layers.Layer(name="my_layer", dtype="int64")
layer.add_variable("my_var", [2, 2])
