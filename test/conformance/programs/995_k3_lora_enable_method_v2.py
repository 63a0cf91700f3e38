# Keras 3's enable_lora(rank) on built layers (as keras/src/layers/core/dense_test.py and embedding_test.py
# exercise it): the kernel (embeddings) turns non-trainable, two float32 LoRA weights follow; a_initializer given.
import keras

dense = keras.layers.Dense(units=16)
dense.build((None, 8))
dense.enable_lora(4)

emb = keras.layers.Embedding(10, 16)
emb.build()
emb.enable_lora(4, a_initializer="glorot_normal")

conv = keras.layers.Conv2D(6, (3, 2), groups=2)
conv.build((None, 9, 9, 4))
conv.enable_lora(rank=3, b_initializer="ones")
