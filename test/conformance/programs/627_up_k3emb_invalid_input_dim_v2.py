# Port of keras 3.15.1 keras/src/layers/core/embedding_test.py EmbeddingTest.test_invalid_input_dim: each bad input_dim (3.7, 4.0, "3", None, True, False, -1, 0) raises ValueError (caught:
# markers); from_config with input_dim=3.7 raises TypeError (recorded).
import numpy as np
import keras
import tensorflow as tf

try:
    keras.layers.Embedding(input_dim=3.7, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_0")
try:
    keras.layers.Embedding(input_dim=4.0, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_1")
try:
    keras.layers.Embedding(input_dim="3", output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_2")
try:
    keras.layers.Embedding(input_dim=None, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_3")
try:
    keras.layers.Embedding(input_dim=True, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_4")
try:
    keras.layers.Embedding(input_dim=False, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_5")
try:
    keras.layers.Embedding(input_dim=-1, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_6")
try:
    keras.layers.Embedding(input_dim=0, output_dim=8)
except ValueError:
    tf.Variable(0.0, name="caught_input_dim_7")
keras.layers.Embedding.from_config({"output_dim": 8, "input_dim": 3.7})
