# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_high_dim_attention:
# the six parameter sets (query/value inner dims and attention_axes), each built plain and with use_gate.
import keras

batch_size, hidden_size = 3, 8
cases = [
    ((3, 4), (3, 2), (2,)),
    ((3, 4), (3, 2), (2,)),
    ((3, 4), (3, 2), (2,)),
    ((3, 4), (3, 2), (1, 2)),
    ((5, 3, 4), (5, 3, 2), (2, 3)),
    ((5, 3, 4), (5, 3, 2), (2, 3)),
]
for q_dims, v_dims, axes in cases:
    query_shape = (batch_size,) + q_dims + (hidden_size,)
    value_shape = (batch_size,) + v_dims + (hidden_size,)
    plain = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, attention_axes=axes)
    plain.build(query_shape=query_shape, value_shape=value_shape)
    gated = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, use_gate=True, attention_axes=axes)
    gated.build(query_shape=query_shape, value_shape=value_shape)
