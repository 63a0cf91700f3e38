# Keras 3 RNN cells as layers of their own (keras/src/layers/rnn/lstm.py LSTMCell, gru.py GRUCell, simple_rnn.py
# SimpleRNNCell, stacked_rnn_cells.py, rnn.py): a cell built alone, keras.layers.RNN over one cell, over a list of
# cells (made a StackedRNNCells before the RNN takes its name) and over a StackedRNNCells, built or called.
import numpy as np
import keras
from keras import layers

c = layers.LSTMCell(3)
c.build((2, 6))
g = layers.GRUCell(4, reset_after=False)
g.build((2, 5))
r = layers.RNN(layers.GRUCell(4))
r.build((2, 5, 6))
s = layers.RNN([layers.LSTMCell(3), layers.GRUCell(5)])
s.build((2, 4, 6))
t = layers.RNN(layers.StackedRNNCells([layers.SimpleRNNCell(2), layers.SimpleRNNCell(3)]), return_sequences=True)
y = t(np.zeros((2, 4, 6), dtype="float32"))
keras.Variable(np.zeros(y.shape), name="stacked_output")
