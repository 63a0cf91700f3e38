# Port of keras 3.15.1 keras/src/layers/core/embedding_test.py EmbeddingTest.test_embedding_basics: Embedding(4, 3) and Embedding(5, 4, mask_zero=True) have (4, 3) and (5, 4) embeddings.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Embedding(input_dim=4, output_dim=3)
layer.build((2,))
layer = keras.layers.Embedding(input_dim=5, output_dim=4, mask_zero=True)
layer.build((2, 3))
