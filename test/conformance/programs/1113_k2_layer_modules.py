# Keras 2's layer modules (`keras.layers.core`, `.embeddings`, `.recurrent`, ...) hold the layers `keras.layers` exports.
# The v1 recurrent layers of recurrent.py make their cell in __init__ without a name: `lstm_cell`, `lstm_cell_1`, ...
# (backend.get_uid), and the v1 GRU keeps one bias row (reset_after=False) unless told otherwise (eager TF2).
from tensorflow.python import keras
from tensorflow.python.keras.layers import core, embeddings, recurrent

model = keras.Sequential()
model.add(embeddings.Embedding(40, 6, input_length=9))
model.add(recurrent.LSTM(5, return_sequences=True))
model.add(recurrent.LSTM(4, return_sequences=True))
model.add(recurrent.GRU(3, return_sequences=True))
model.add(recurrent.GRU(2, reset_after=True, return_sequences=True))
model.add(recurrent.SimpleRNN(3))
model.add(core.Dense(2))
