# Port of keras 3.15.1 keras/src/layers/core/embedding_test.py EmbeddingTest.test_embedding_constraints: embeddings_constraint "non_neg" leaves the (3, 2) embeddings as usual.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Embedding(3, 2, embeddings_constraint="non_neg")
layer.build((None, 2))
