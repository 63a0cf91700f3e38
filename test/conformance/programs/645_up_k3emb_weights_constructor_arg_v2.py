# Port of keras 3.15.1 keras/src/layers/core/embedding_test.py EmbeddingTest.test_weights_constructor_arg: Embedding(3, 4, weights=...) as an array and as a one-element list: (3, 4) embeddings
# (their values are set to ones after creation).
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Embedding(3, 4, weights=np.ones((3, 4)))
layer = keras.layers.Embedding(3, 4, weights=[np.ones((3, 4))])
