# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_basics:
# MultiHeadAttention built for query (2, 8, 16) and value (2, 4, 16) with the four option sets of the test
# (plain; value_dim 4, no bias, dropout; use_gate; all of them): 8, 4, 10 and 5 trainable weights.
import keras

for kwargs in [
    dict(num_heads=2, key_dim=2),
    dict(num_heads=2, key_dim=2, value_dim=4, use_bias=False, dropout=0.5),
    dict(num_heads=2, key_dim=2, use_gate=True),
    dict(num_heads=2, key_dim=2, value_dim=4, use_bias=False, dropout=0.5, use_gate=True),
]:
    layer = keras.layers.MultiHeadAttention(**kwargs)
    layer.build(query_shape=(2, 8, 16), value_shape=(2, 4, 16))
