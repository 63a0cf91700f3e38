# Port of keras 3.15.1 keras/src/layers/attention/grouped_query_attention_test.py GroupedQueryAttentionTest
# test_compute_output_shape (MHA-, GQA- and MQA-like head counts, with and without a key; the output shape as a zeros
# variable), test_symbolic_shape_without_return_attention_scores (called on Inputs), and test_shape_mismatch_error
# (the first case leaves a marker, the second's error is recorded).
import numpy as np
import keras

cases = [
    ((4, 8), (2, 8), None, 2, 2),
    ((4, 8), (2, 8), (2, 3), 2, 2),
    ((4, 8), (2, 8), None, 4, 2),
    ((4, 8), (2, 8), (2, 3), 4, 2),
    ((4, 8), (2, 8), None, 4, 1),
    ((4, 8), (2, 8), (2, 3), 4, 1),
]
for i, (query_dims, value_dims, key_dims, q_heads, kv_heads) in enumerate(cases):
    layer = keras.layers.GroupQueryAttention(num_query_heads=q_heads, num_key_value_heads=kv_heads, head_dim=2)
    query_shape = (7,) + query_dims
    value_shape = (7,) + value_dims
    key_shape = (7,) + key_dims if key_dims else None
    key = np.ones(key_shape) if key_shape else None
    output = layer(query=np.ones(query_shape), value=np.ones(value_shape), key=key)
    keras.Variable(np.zeros(layer.compute_output_shape(query_shape, value_shape, key_shape)), name=f"out_{i}")

layer = keras.layers.GroupQueryAttention(num_query_heads=4, num_key_value_heads=2, head_dim=8)
output = layer(keras.layers.Input(shape=(10, 32)), keras.layers.Input(shape=(15, 32)))
keras.Variable(np.zeros(output.shape[1:]), name="symbolic_out")

layer = keras.layers.GroupQueryAttention(num_query_heads=4, num_key_value_heads=4, head_dim=2)
try:
    layer.compute_output_shape((2, 4, 8), (2, 2, 7), 2)
except ValueError:
    keras.Variable(0.0, name="caught_query_value")
layer.compute_output_shape((2, 4, 8), (2, 2, 8), (2, 1, 7))
