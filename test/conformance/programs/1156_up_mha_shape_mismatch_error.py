# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_shape_mismatch_error:
# for each parameter set compute_output_shape and a call raise ValueError "... must be equal"; the first two sets
# leave markers, the last call's error is recorded.
import numpy as np
import keras

cases = [
    ((2, 4, 8), (2, 2, 7), (2,)),
    ((2, 4, 8), (2, 2, 8), (2, 1, 7)),
]
for i, (query_shape, value_shape, key_shape) in enumerate(cases):
    layer = keras.layers.MultiHeadAttention(num_heads=4, key_dim=2, value_dim=2)
    try:
        layer.compute_output_shape(query_shape, value_shape, key_shape)
    except ValueError:
        keras.Variable(0.0, name=f"caught_shape_{i}")
    try:
        layer(np.ones(query_shape), np.ones(value_shape), np.ones(key_shape))
    except ValueError:
        keras.Variable(0.0, name=f"caught_call_{i}")

layer = keras.layers.MultiHeadAttention(num_heads=4, key_dim=2, value_dim=2)
try:
    layer.compute_output_shape((2, 4, 2, 3, 8), (2, 1, 1, 5, 8), (2, 1, 15, 5, 2))
except ValueError:
    keras.Variable(0.0, name="caught_shape_2")
layer(np.ones((2, 4, 2, 3, 8)), np.ones((2, 1, 1, 5, 8)), np.ones((2, 1, 15, 5, 2)))
