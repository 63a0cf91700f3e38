# Port of keras 3.15.1 keras/src/layers/rnn/gru_test.py GRUTest.test_stateful_with_symbolic_batch_size: a stateful GRU(5) called on (2, 10, 10) and then inside a tf.function with a None batch:
# weights plus the (2, 5) state variable.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.GRU(5, stateful=True)
x_concrete = np.ones((2, 10, 10), dtype=np.float32)
_ = layer(x_concrete, training=True)

@tf.function(input_signature=[tf.TensorSpec(shape=(None, 10, 10), dtype=tf.float32)])
def f(x):
    return layer(x, training=True)

y = f(x_concrete)
