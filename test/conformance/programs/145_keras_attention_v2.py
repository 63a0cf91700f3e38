# Keras MultiHeadAttention creates per-projection einsum weights.
import tensorflow as tf

q = tf.keras.Input(shape=(6, 8))
attn = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=4, name="mha")
out = attn(q, q)
