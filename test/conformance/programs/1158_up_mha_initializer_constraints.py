# Port of keras 3.15.1 keras/src/layers/attention/multi_head_attention_test.py MultiHeadAttentionTest.test_initializer
# and test_mha_constraints: a gated layer with a TruncatedNormal kernel initializer built for (2, 4, 8) twice (its
# sub-layers' kernels drawn apart), and gated layers with non_neg kernel or bias constraints built from array shapes.
import numpy as np
import keras

layer = keras.layers.MultiHeadAttention(num_heads=12, key_dim=64, use_gate=True,
                                        kernel_initializer=keras.initializers.TruncatedNormal(stddev=0.02))
layer.build((2, 4, 8), (2, 4, 8))

query = np.array([[[1.0, 0.0], [0.0, 1.0]]])
key = np.array([[[0.0, 1.0], [1.0, 0.0]]])
value = np.array([[[1.0, 2.0], [3.0, 4.0]]])
kc = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, use_gate=True, kernel_constraint="non_neg")
kc.build(query.shape, key.shape, value.shape)
bc = keras.layers.MultiHeadAttention(num_heads=2, key_dim=2, use_gate=True, bias_constraint="non_neg")
bc.build(query.shape, key.shape, value.shape)
