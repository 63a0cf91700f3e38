# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_invalid_scalar_args_rejected:
# num_heads, key_dim and value_dim of 0, -2 or 1.5 raise ValueError naming the argument (markers); value_dim=None is
# the default; the last bad key_dim's error is recorded.
import keras

for i, bad in enumerate((0, -2, 1.5)):
    try:
        keras.layers.MultiHeadAttention(num_heads=bad, key_dim=4)
    except ValueError:
        keras.Variable(0.0, name=f"caught_num_heads_{i}")
    try:
        keras.layers.MultiHeadAttention(num_heads=4, key_dim=bad)
    except ValueError:
        keras.Variable(0.0, name=f"caught_key_dim_{i}")
    try:
        keras.layers.MultiHeadAttention(num_heads=4, key_dim=4, value_dim=bad)
    except ValueError:
        keras.Variable(0.0, name=f"caught_value_dim_{i}")
ok = keras.layers.MultiHeadAttention(num_heads=4, key_dim=4, value_dim=None)
ok.build((2, 3, 8), (2, 3, 8))
keras.layers.MultiHeadAttention(num_heads=4, key_dim=1.5)
