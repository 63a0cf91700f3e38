# tf.contrib.layers.embed_sequence (TF 1.15 encoders.py): EmbedSequence scope, a model variable `embeddings`
# [vocab_size, embed_dim]; the lookup's output adds embed_dim to the ids' shape.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

ids = tf.placeholder(tf.int32, [4, 9])
emb = tf.contrib.layers.embed_sequence(ids, vocab_size=50, embed_dim=16)
emb2 = tf.contrib.layers.embed_sequence(ids, vocab_size=30, embed_dim=8, scope="words")
out = tf.contrib.layers.fully_connected(emb2, 5)
