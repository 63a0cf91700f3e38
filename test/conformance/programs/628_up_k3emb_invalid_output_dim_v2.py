# Port of keras 3.15.1 keras/src/layers/core/embedding_test.py EmbeddingTest.test_invalid_output_dim: each bad output_dim (3.7, 4.0, "3", None, True, False, -1, 0) raises ValueError (caught:
# markers); from_config with output_dim=3.7 raises TypeError (recorded).
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.Embedding(output_dim=3.7, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_0")
try:
    keras.layers.Embedding(output_dim=4.0, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_1")
try:
    keras.layers.Embedding(output_dim="3", input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_2")
try:
    keras.layers.Embedding(output_dim=None, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_3")
try:
    keras.layers.Embedding(output_dim=True, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_4")
try:
    keras.layers.Embedding(output_dim=False, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_5")
try:
    keras.layers.Embedding(output_dim=-1, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_6")
try:
    keras.layers.Embedding(output_dim=0, input_dim=10)
except ValueError:
    tf.Variable(0.0, name="caught_output_dim_7")
keras.layers.Embedding.from_config({"input_dim": 10, "output_dim": 3.7})
