# Port of keras 3.15.1 keras/src/layers/rnn/time_distributed_test.py TimeDistributedTest.test_basics, test_build and
# test_correctness: a bias-free Dense wrapped and built on (3, 2, 4); a Conv2D wrapped and called on a (32, 10, 128,
# 128, 3) Input (output (32, 10, 126, 126, 64), as a zeros variable of its last three dims); a Dense(4) with ones
# kernel called on an array. The wrapped layers' weights sit in the wrapper's scope.
import numpy as np
import keras
from keras import layers

td = layers.TimeDistributed(layer=layers.Dense(1, use_bias=False))
td.build((3, 2, 4))

inputs = layers.Input(shape=(10, 128, 128, 3), batch_size=32)
outputs = layers.TimeDistributed(layers.Conv2D(64, (3, 3)))(inputs)
keras.Variable(np.zeros(outputs.shape[2:]), name="conv_output")

sequence = np.arange(24).reshape((3, 2, 4)).astype("float32")
layer = layers.Dense(4, kernel_initializer="ones", use_bias=False)
td = layers.TimeDistributed(layer=layer)
out = td(sequence, training=False)
keras.Variable(np.zeros(out.shape), name="dense_output")
try:
    layers.TimeDistributed(layers.Dense(2))(keras.Input((4,)))
except ValueError:
    keras.Variable(0.0, name="caught_rank")
