# Keras 2's functional merge forms (layers/merge.py): `concatenate(inputs, axis=-1)` is Concatenate(axis)(inputs),
# `dot(inputs, axes)` Dot(axes)(inputs), `add` Add()(inputs); named per graph as Keras 2 names its layers, and the
# merged shape flows on to the next layer's weights (eager TF2).
from tensorflow.python import keras
from tensorflow.python.keras import layers
from tensorflow.python.keras.layers import recurrent

a = keras.Input(shape=(7,), dtype='int32')
b = keras.Input(shape=(3,), dtype='int32')
ea = layers.Embedding(20, 8)(a)
eb = layers.Embedding(20, 8, input_length=3)(b)
match = layers.dot([ea, eb], axes=(2, 2))
ec = layers.Embedding(20, 3)(a)
response = layers.add([match, ec])
response = layers.Permute((2, 1))(response)
answer = layers.concatenate([response, eb])
answer = recurrent.LSTM(6)(answer)
both = layers.concatenate([answer, layers.Flatten()(eb)], axis=-1)
out = layers.Dense(5)(both)
model = keras.Model([a, b], out)
