# Port of keras 3.15.1 keras/src/layers/attention/grouped_query_attention_test.py GroupedQueryAttentionTest.test_basics
# and test_initializer: GroupedQueryAttention built for query (2, 8, 16), value (2, 4, 16) with the test's four option
# sets (plain; no bias, dropout; use_gate; all), then a gated 16-head layer with a TruncatedNormal kernel initializer.
import keras

for kwargs in [
    dict(num_query_heads=2, num_key_value_heads=2, head_dim=2),
    dict(num_query_heads=2, num_key_value_heads=2, head_dim=2, use_bias=False, dropout=0.5),
    dict(num_query_heads=2, num_key_value_heads=2, head_dim=2, use_gate=True),
    dict(num_query_heads=2, num_key_value_heads=2, head_dim=2, use_bias=False, dropout=0.5, use_gate=True),
]:
    layer = keras.layers.GroupQueryAttention(**kwargs)
    layer.build(query_shape=(2, 8, 16), value_shape=(2, 4, 16))

layer = keras.layers.GroupQueryAttention(num_query_heads=16, num_key_value_heads=16, head_dim=64, use_gate=True,
                                           kernel_initializer=keras.initializers.TruncatedNormal(stddev=0.02))
layer.build((2, 4, 8), (2, 4, 8))
