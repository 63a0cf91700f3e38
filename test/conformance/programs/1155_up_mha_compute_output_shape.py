# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_compute_output_shape:
# each parameter set calls a layer (num_heads 2, key_dim 2, value_dim 2, output_shape) on arrays of ones; the
# output's shape (equal to compute_output_shape's) is made visible as a zeros variable of that shape.
import numpy as np
import keras

cases = [
    ((4, 8), (2, 8), None, None),
    ((4, 8), (2, 8), (2, 3), None),
    ((4, 8), (2, 8), None, (3, 4)),
    ((4, 8), (2, 8), (2, 3), (1, 5)),
    ((4, 2, 3, 8), (1, 1, 5, 8), (1, 1, 5, 2), None),
    ((4, 2, 3, 8), (1, 1, 5, 8), (1, 1, 5, 2), (3, 2)),
    ((4, 2, 3, 8), (4, 2, 3, 7), (4, 2, 3, 8), None),
]
for i, (query_dims, value_dims, key_dims, output_shape) in enumerate(cases):
    layer = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, value_dim=2, output_shape=output_shape)
    batch_size = 7
    query_shape = (batch_size,) + query_dims
    value_shape = (batch_size,) + value_dims
    key_shape = (batch_size,) + key_dims if key_dims else None
    key = np.ones(key_shape) if key_shape else None
    output = layer(query=np.ones(query_shape), value=np.ones(value_shape), key=key)
    probe = keras.Variable(np.zeros(layer.compute_output_shape(query_shape, value_shape, key_shape)), name=f"out_{i}")
