# Keras 2's Embedding always declares an input shape, `(input_length,)` or else `(None,)` (layers/embeddings.py),
# so a Sequential starting with one builds at construction, and so do the layers after it (eager TF2).
from tensorflow.python import keras
from tensorflow.python.keras import layers

fixed = keras.Sequential([layers.Embedding(50, 4, input_length=7), layers.Conv1D(3, 2), layers.Flatten(), layers.Dense(2)])
ragged = keras.Sequential()
ragged.add(layers.Embedding(30, 5))
ragged.add(layers.Conv1D(2, 3))
